package org.homeward.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails when portal or backend code hands a literal sentence to a component or a response instead
 * of a message key: such text would reach every reader in English.
 */
class HardCodedTextTest {

    /** Component constructors and setters that put text in front of a person. */
    private static final Pattern USER_FACING = Pattern.compile(
            "(?:new\\s+(?:Span|Paragraph|H[1-6]|Button|Anchor|RouterLink|Text|NativeLabel|Label|Details|Tab"
                    + "|Checkbox|TextField|TextArea|PasswordField|EmailField|IntegerField|NumberField|DatePicker"
                    + "|TimePicker|DateTimePicker|ComboBox|Select|RadioButtonGroup|CheckboxGroup|SideNavItem"
                    + "|Notification|ConfirmDialog|Avatar)\\s*\\("
                    + "|\\.(?:setText|setLabel|setHeader|setPlaceholder|setHelperText|setErrorMessage|setAriaLabel"
                    + "|setTitle|setHeaderTitle|setTooltipText|setConfirmText|setCancelText|show|requiredIndicator"
                    + "|asRequired|withValidator|body)\\s*\\()"
                    + "\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Literals that look like text but are technical: HTTP header names, symbols. */
    private static final Set<String> ALLOWED = Set.of("", "•", "·", " · ",
            "Cache-Control", "Clear-Site-Data", "Location", "Retry-After");

    private static final Pattern LOOKS_LIKE_WORDS = Pattern.compile("\\p{L}{2,}.*\\s|\\p{L}{3,}");

    @Test
    void portalAndBackendPassNoLiteralTextToPeople() {
        List<String> problems = new ArrayList<>();
        for (Path root : List.of(Path.of("..", "portal", "src", "main", "java"),
                Path.of("..", "backend", "src", "main", "java"))) {
            assertTrue(Files.isDirectory(root), "source folder not found: " + root.toAbsolutePath());
            for (Path file : javaFiles(root)) {
                String source = read(file);
                Matcher matcher = USER_FACING.matcher(source);
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (!ALLOWED.contains(literal) && LOOKS_LIKE_WORDS.matcher(literal).find()) {
                        problems.add(root.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Use a message key from the i18n bundles instead of:\n"
                + String.join("\n", problems));
    }

    @Test
    void theScanRecognisesLiteralText() {
        assertTrue(USER_FACING.matcher("add(new Span(\"Hello there\"));").find());
        assertTrue(USER_FACING.matcher("field.setLabel(\"Your name\");").find());
        assertTrue(!USER_FACING.matcher("add(new Span(getTranslation(\"home.greeting\")));").find());
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
