package lv.klade.reports;

/** Input of a document printed once per student, so a batch can name its file by class and name. */
public sealed interface StudentDocumentData permits TranscriptData, ReportCardData, CertificateData {

    Heading heading();

    Student student();
}
