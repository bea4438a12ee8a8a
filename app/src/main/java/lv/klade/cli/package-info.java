/** Headless commands: the demo school, journal facts, holidays, sync by files; one clear line and a non-zero exit on bad input. */
package lv.klade.cli;
