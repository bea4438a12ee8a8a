package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import lv.klade.i18n.Messages;
import lv.klade.messages.Message;
import lv.klade.messages.MessageAudience;
import lv.klade.messages.NewMessage;

/**
 * Messages and school news on the command line, through the same service and rights as the window:
 * <ul>
 *   <li>{@code klade message send --to LOGIN | --tutor-of 7.a | --all-teachers --subject S --text T};</li>
 *   <li>{@code klade message list [--sent]}: what the {@code --user} received (or sent), newest first;</li>
 *   <li>{@code klade news [--subject S --text T]}: lists the school's news, or with a subject posts it.</li>
 * </ul>
 */
final class MessageCommands {
    private final Clock clock;

    MessageCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        new SubCommands("message")
                .add("send", this::send, "to", "tutor-of", "all-teachers", "subject", "text")
                .add("list", this::list, "sent")
                .registerOn(cli);
        cli.register("news", this::news, "db", "user", "subject", "text");
    }

    /** Exactly one of {@code --to}, {@code --tutor-of}, {@code --all-teachers} says whom it is for. */
    int send(Args args, Messages messages, PrintStream out) {
        long named = Stream.of("to", "tutor-of", "all-teachers").filter(args::flag).count();
        if (named != 1) {
            throw new Misuse("messageCli.oneRecipient");
        }
        String subject = args.required("subject");
        String text = args.required("text");
        return SchoolSession.run(args, clock, messages, out, s -> {
            NewMessage message;
            if (args.flag("to")) {
                message = NewMessage.toPerson(s.names().staff(args.required("to"), "to").id(), subject, text);
            } else if (args.flag("tutor-of")) {
                message = NewMessage.toTutorOf(s.names().classInUse(args.required("tutor-of")).id(), subject, text);
            } else {
                message = NewMessage.toAllTeachers(subject, text);
            }
            var id = s.services().messages().send(s.actor(), message);
            Message sent = s.services().messages().sent(s.actor().userId()).stream()
                    .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            s.print("messageCli.sent", to(sent, messages), line(sent));
        });
    }

    int list(Args args, Messages messages, PrintStream out) {
        boolean sent = args.flag("sent");
        return SchoolSession.run(args, clock, messages, out, s -> {
            var service = s.services().messages();
            List<Message> list = sent ? service.sent(s.actor().userId()) : service.inbox(s.actor().userId());
            print(list, sent, s);
        });
    }

    int news(Args args, Messages messages, PrintStream out) {
        if (args.flag("subject") != args.flag("text")) {
            throw new Misuse("messageCli.newsBoth");
        }
        return SchoolSession.run(args, clock, messages, out, s -> {
            var service = s.services().messages();
            if (args.flag("subject")) {
                service.send(s.actor(), NewMessage.news(args.required("subject"), args.required("text")));
                s.print("messages.newsOk");
            }
            print(service.news(s.actor().userId()), false, s);
        });
    }

    private static void print(List<Message> list, boolean sent, SchoolSession s) {
        if (list.isEmpty()) {
            s.print("messageCli.none");
        }
        for (Message m : list) {
            String who = sent ? to(m, s.messages()) : m.sender();
            String state = sent ? "" : " [" + s.messages().get(m.read() ? "messages.stateRead" : "messages.stateUnread")
                    + "]";
            s.print("messageCli.line", line(m), who, m.subject(), state);
            s.out().println("    " + m.body().replace("\n", "\n    "));
        }
    }

    private static String line(Message m) {
        return Messages.date(LocalDate.ofInstant(m.sentAt(), Messages.RIGA)) + " " + Messages.time(m.sentAt());
    }

    private static String to(Message m, Messages messages) {
        return switch (m.audience()) {
            case PERSON -> m.recipient();
            case CLASS_TUTOR -> m.recipient() + " (" + m.className() + ")";
            case ALL_TEACHERS, NEWS -> messages.get(m.audience().messageKey());
        };
    }
}
