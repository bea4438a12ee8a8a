/** Setting up a new school: the school, its first year and its first administrator, in one transaction. */
package lv.klade.setup;
