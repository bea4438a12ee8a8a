/** Staff and their roles, accounts and login; students, their class history and their guardians. */
package lv.klade.people;
