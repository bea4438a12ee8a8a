/**
 * Printed documents as Latvian (or English) PDFs: transcripts, report cards, the summary journal
 * and class reports, built from plain, already-formatted input records, one file or a batch.
 */
package lv.klade.reports;
