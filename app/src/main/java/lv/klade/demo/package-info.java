/**
 * The demo school generator's pure half: a deterministic, in-memory plan of a whole Latvian school
 * (classes, people, groups, journals) that a writer feeds through the school and people services.
 */
package lv.klade.demo;
