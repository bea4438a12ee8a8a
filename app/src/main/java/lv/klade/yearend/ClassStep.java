package lv.klade.yearend;

import java.util.UUID;

/**
 * A class of the next year and where it comes from: the closing year's class a form down, with the
 * same tutor and programme; or, for students kept back where no class of their form goes on, their
 * own class again, without a tutor ({@code forKeptBack}). {@code tutor} is the tutor's name, or empty.
 */
public record ClassStep(UUID fromClassId, String fromName, String name, int form, UUID programmeId, UUID tutorId,
                        String tutor, boolean forKeptBack) {
}
