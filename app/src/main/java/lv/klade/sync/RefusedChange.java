package lv.klade.sync;

import java.util.UUID;
import lv.klade.i18n.Problem;

/** One change of a package that was not applied, and why. */
public record RefusedChange(UUID changeId, String table, UUID rowId, UUID userId, Problem reason) {
}
