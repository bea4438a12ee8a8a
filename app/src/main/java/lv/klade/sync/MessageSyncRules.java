package lv.klade.sync;

import java.util.Map;
import java.util.Optional;
import lv.klade.i18n.Problem;
import lv.klade.messages.MessageAudience;
import lv.klade.messages.MessageRights;
import lv.klade.people.StaffMember;

/**
 * The central copy's rules for messages ({@link MessageRights}): a message is sent once, by the staff
 * member it names as its sender, and news only by those who post it; a read mark is its reader's own.
 */
final class MessageSyncRules {
    private MessageSyncRules() {
    }

    static void registerInto(ChangeRules rules) {
        ChangeRule admin = ChangeRules.ADMINISTRATOR_ONLY;
        rules.register("message", admin.or(MessageSyncRules::message));
        rules.register("message_read", admin.or(MessageSyncRules::read));
    }

    private static Optional<Problem> message(Change change, StaffMember author, RowReader rows) {
        if (change.operation() != Operation.INSERT) {
            return Optional.of(Problem.of("sync.refused.messageEdited", author.fullName()));
        }
        Map<String, Object> row = change.fields();
        if (!author.id().toString().equals(SchoolRules.text(row.get("sender_id")))) {
            return Optional.of(Problem.of("sync.refused.notSender", author.fullName()));
        }
        if (MessageAudience.NEWS.name().equals(SchoolRules.text(row.get("audience")))
                && !MessageRights.mayPostNews(author.roles())) {
            return Optional.of(Problem.of("sync.refused.notNewsEditor", author.fullName()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> read(Change change, StaffMember author, RowReader rows) {
        if (change.operation() != Operation.INSERT
                || !author.id().toString().equals(SchoolRules.text(change.fields().get("staff_id")))) {
            return Optional.of(Problem.of("sync.refused.notOwnEntry", author.fullName()));
        }
        return Optional.empty();
    }
}
