package lv.klade.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;

/**
 * The file beside a journal ({@code school.keys}) that holds the journal's key once for each
 * account, wrapped by a key only that account's password gives: so a reset of one password
 * rewrites one entry and the journal is never encrypted again. It also holds what the login screen
 * shows before anyone has logged in (the school's name, whether it is the demo) and the
 * wrong-password counts, which must be kept before the journal can be read.
 *
 * <p>An account's secret is the password hash the journal keeps for it (PBKDF2, see
 * {@code people.PasswordHasher}): a stored hash reads {@code <how it was derived>$<Base64 secret>}, and
 * the entry keeps the first half so that the typed password can be derived the same way. The
 * wrapping key is HKDF-SHA256 of the secret, the wrap AES-256-GCM with the login as associated
 * data. Guessing a password from this file costs what guessing it from the hash costs.
 */
public final class Keyring {
    static final String SUFFIX = ".keys";
    private static final int FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final byte[] INFO = "klade journal key 1".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a typed password gives an account's secret, for the derivation an entry names; empty when it cannot. */
    @FunctionalInterface
    public interface Secrets {
        Optional<byte[]> of(String derivation);
    }

    /** Wrong passwords in a row for one login, and until when it is locked (null when it is not). */
    public record Guard(int failedAttempts, Instant lockedUntil) {
        public static final Guard CLEAR = new Guard(0, null);
    }

    /** An account as the journal holds it, from which its entry is made. */
    record Account(String login, String passwordHash, boolean revoked) {
    }

    private record Entry(String login, String derivation, String wrapped) {
    }

    private final String title;
    private final boolean demo;
    private final List<Entry> entries;
    private final Set<String> revoked;
    private final Map<String, Guard> guards;

    private Keyring(String title, boolean demo, List<Entry> entries, Set<String> revoked, Map<String, Guard> guards) {
        this.title = title == null ? "" : title;
        this.demo = demo;
        this.entries = List.copyOf(entries);
        this.revoked = Set.copyOf(revoked);
        this.guards = Map.copyOf(guards);
    }

    /** Where a journal's keyring lives: beside it, named {@code <journal>.keys}. */
    public static Path path(JournalFile file) {
        return file.base().resolveSibling(file.base().getFileName() + SUFFIX);
    }

    /** The keyring of a journal; a missing or damaged one is a clear error, since without it nobody can log in. */
    public static Keyring read(JournalFile file) {
        Path path = path(file);
        if (!Files.isRegularFile(path)) {
            throw UserError.of("db.keyringMissing", path);
        }
        try {
            return parse(Files.readAllBytes(path)).orElseThrow(() -> UserError.of("db.keyringDamaged", path));
        } catch (IOException e) {
            throw new UserError(Problem.of("db.keyringDamaged", path), e);
        }
    }

    /** A keyring from the bytes of its file; empty when they are not one. */
    public static Optional<Keyring> parse(byte[] bytes) {
        try {
            JsonNode json = JSON.readTree(bytes);
            if (json == null || json.path("format").asInt() != FORMAT) {
                return Optional.empty();
            }
            List<Entry> entries = new ArrayList<>();
            json.path("entries").forEach(e -> entries.add(new Entry(e.path("login").asText(),
                    e.path("derivation").asText(), e.path("key").asText())));
            Set<String> revoked = new LinkedHashSet<>();
            json.path("revoked").forEach(login -> revoked.add(login.asText()));
            Map<String, Guard> guards = new LinkedHashMap<>();
            json.path("guards").properties().forEach(g -> guards.put(g.getKey(), new Guard(
                    g.getValue().path("failed").asInt(), g.getValue().hasNonNull("lockedUntil")
                    ? Instant.parse(g.getValue().get("lockedUntil").asText()) : null)));
            return Optional.of(new Keyring(json.path("title").asText(""), json.path("demo").asBoolean(false),
                    entries, revoked, guards));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A keyring for these accounts: one entry each for every account with a password that is not revoked. */
    static Keyring of(JournalKey key, List<Account> accounts, String title, boolean demo, Map<String, Guard> guards) {
        List<Entry> entries = new ArrayList<>();
        Set<String> revoked = new LinkedHashSet<>();
        for (Account account : accounts) {
            if (account.login() == null || account.login().isBlank()) {
                continue;
            }
            if (account.revoked()) {
                revoked.add(account.login());
                continue;
            }
            split(account.passwordHash()).ifPresent(parts -> entries.add(new Entry(account.login(), parts[0],
                    wrap(key, account.login(), Base64.getDecoder().decode(parts[1])))));
        }
        Map<String, Guard> kept = new HashMap<>(guards);
        kept.keySet().removeIf(login -> entries.stream().noneMatch(e -> e.login().equals(login)));
        return new Keyring(title, demo, entries, revoked, kept);
    }

    /** A stored hash as its derivation and its Base64 secret; empty when it has no such shape. */
    private static Optional<String[]> split(String stored) {
        int last = stored == null ? -1 : stored.lastIndexOf('$');
        if (last <= 0 || last == stored.length() - 1) {
            return Optional.empty();
        }
        try {
            Base64.getDecoder().decode(stored.substring(last + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new String[] {stored.substring(0, last), stored.substring(last + 1)});
    }

    /** Writes the keyring beside the journal: whole, synced to disk, or not at all. */
    public void save(JournalFile file) {
        write(path(file));
    }

    private void write(Path path) {
        try {
            byte[] bytes = toBytes();
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(Problem.of("db.cannotCreate", path, e.getMessage()), e);
        }
    }

    /**
     * A keyring for {@code key} with an entry for each of these accounts ({@code login}, {@code
     * password_hash} and {@code revoked} as the staff table's rows hold them): for a file that carries
     * sealed contents to whoever can log in as one of them, such as an enrolment file.
     */
    public static Keyring forAccounts(JournalKey key, List<Map<String, Object>> staffRows) {
        List<Account> accounts = staffRows.stream().map(row -> new Account(text(row.get("login")),
                text(row.get("password_hash")), Boolean.parseBoolean(String.valueOf(row.get("revoked"))))).toList();
        return of(key, accounts, "", false, Map.of());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The keyring as the bytes of its file. */
    public byte[] toBytes() {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("title", title);
        json.put("demo", demo);
        ArrayNode list = json.putArray("entries");
        entries.forEach(e -> list.addObject().put("login", e.login()).put("derivation", e.derivation())
                .put("key", e.wrapped()));
        ArrayNode gone = json.putArray("revoked");
        revoked.forEach(gone::add);
        ObjectNode locks = json.putObject("guards");
        guards.forEach((login, guard) -> locks.putObject(login).put("failed", guard.failedAttempts())
                .put("lockedUntil", guard.lockedUntil() == null ? null : guard.lockedUntil().toString()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("A keyring could not be written as JSON", e);
        }
    }

    /** The school's name, for the login screen. */
    public String title() {
        return title;
    }

    /** True for the demo school, whose login screen lists its users. */
    public boolean demo() {
        return demo;
    }

    /** The logins that have a way in, in the keyring's order. */
    public List<String> logins() {
        return entries.stream().map(Entry::login).distinct().toList();
    }

    /** Whether any account has a way in. */
    public boolean knowsAnyone() {
        return !entries.isEmpty();
    }

    /** Whether this login has a way into the journal. */
    public boolean knows(String login) {
        return entries.stream().anyMatch(e -> e.login().equals(login));
    }

    /** Whether this login's account was revoked. */
    public boolean revoked(String login) {
        return revoked.contains(login) && !knows(login);
    }

    Map<String, Guard> guards() {
        return guards;
    }

    public Guard guard(String login) {
        return guards.getOrDefault(login, Guard.CLEAR);
    }

    /** The same keyring with this login's wrong-password count set; {@link #save} writes it. */
    public Keyring withGuard(String login, Guard guard) {
        Map<String, Guard> changed = new HashMap<>(guards);
        if (guard.equals(Guard.CLEAR)) {
            changed.remove(login);
        } else {
            changed.put(login, guard);
        }
        return new Keyring(title, demo, entries, revoked, changed);
    }

    /** The journal's key, when the secrets the typed password gives open one of this login's entries. */
    public Optional<JournalKey> unlock(String login, Secrets secrets) {
        return entries.stream().filter(e -> e.login().equals(login))
                .flatMap(e -> secrets.of(e.derivation()).flatMap(secret -> unwrap(e, secret)).stream())
                .findFirst();
    }

    /** The journal's key, when the password opens any account's entry: for tools that hold a shared password. */
    public Optional<JournalKey> unlockAny(Secrets secrets) {
        Map<String, Optional<byte[]>> derived = new HashMap<>();
        for (Entry e : entries) {
            Optional<JournalKey> key = derived.computeIfAbsent(e.derivation(), secrets::of)
                    .flatMap(secret -> unwrap(e, secret));
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    private static String wrap(JournalKey key, String login, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey(secret), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(login.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key.bytes());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static Optional<JournalKey> unwrap(Entry entry, byte[] secret) {
        try {
            byte[] all = Base64.getDecoder().decode(entry.wrapped());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey(secret), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            cipher.updateAAD(entry.login().getBytes(StandardCharsets.UTF_8));
            return Optional.of(JournalKey.of(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A wrong password, or an entry someone damaged: either way it does not open.
            return Optional.empty();
        }
    }

    private static SecretKey wrappingKey(byte[] secret) throws GeneralSecurityException {
        KDF hkdf = KDF.getInstance("HKDF-SHA256");
        return hkdf.deriveKey("AES", HKDFParameterSpec.ofExtract().addIKM(secret).thenExpand(INFO, 32));
    }
}
