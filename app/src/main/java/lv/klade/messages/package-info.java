/**
 * Messages between staff (to a person, to a class's tutor, to all teachers) and the school's news on
 * everyone's home screen (000 §4), and the printed letter to a class's parents, who do not use Klade.
 */
package lv.klade.messages;
