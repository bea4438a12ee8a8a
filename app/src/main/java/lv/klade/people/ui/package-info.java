/** The people views: classes with their students and personal files, and staff with their roles and accounts. */
package lv.klade.people.ui;
