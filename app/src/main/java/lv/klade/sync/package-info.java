/**
 * Sync by files between classroom PCs and the central school copy: enrolment, signed packages of
 * change records, their verification, the rights each change needs, and the merge that makes every
 * copy converge whatever the order packages arrive in.
 */
package lv.klade.sync;
