/**
 * The archive of a school year: one ZIP holding the journal as it is on disk, the year's summary
 * journals and report cards as PDF, and the SHA-256 checksums that let anyone check it later.
 */
package lv.klade.archive;
