package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.contracts.chat.ReplyButton;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Cloud API message bodies a reply becomes. Choices render natively: up to 3 as reply buttons
 * (titles of at most 20 characters, unique), more as a list (up to 10 rows, titles of at most 24
 * characters with the full label as the row's description).
 */
final class WhatsAppRendering {

    static final int MAX_TEXT = 4096;
    static final int MAX_INTERACTIVE_BODY = 1024;
    static final int MAX_CAPTION = 1024;
    static final int MAX_BUTTONS = 3;
    static final int MAX_ROWS = 10;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_ROW_TITLE = 24;
    static final int MAX_ROW_DESCRIPTION = 72;

    private static final Map<String, String> CHOOSE = Map.of("en", "Choose", "fa", "انتخاب کنید", "ar", "اختر",
            "ru", "Выбрать");
    private static final Map<String, String> PROMPT = Map.of("en", "Please choose:", "fa", "لطفاً انتخاب کنید:",
            "ar", "يرجى الاختيار:", "ru", "Пожалуйста, выберите:");

    private WhatsAppRendering() {
    }

    static ObjectNode text(ObjectNode message, String body) {
        message.put("type", "text");
        ObjectNode text = message.putObject("text");
        text.put("preview_url", false);
        text.put("body", body);
        return message;
    }

    /** Reply buttons when the choices fit (at most 3, titles unique after shortening), else a list. */
    static ObjectNode choices(ObjectNode message, String body, List<ReplyButton> buttons, String language) {
        return fitsButtons(buttons) ? buttons(message, body, buttons) : list(message, body, buttons, language);
    }

    static boolean fitsButtons(List<ReplyButton> buttons) {
        if (buttons.size() > MAX_BUTTONS) {
            return false;
        }
        Set<String> titles = new HashSet<>();
        for (ReplyButton button : buttons) {
            if (!titles.add(shorten(button.label(), MAX_BUTTON_TITLE))) {
                return false;
            }
        }
        return true;
    }

    static ObjectNode buttons(ObjectNode message, String body, List<ReplyButton> buttons) {
        ObjectNode interactive = interactive(message, "button", body);
        ArrayNode items = interactive.putObject("action").putArray("buttons");
        for (ReplyButton button : buttons) {
            ObjectNode reply = items.addObject().put("type", "reply").putObject("reply");
            reply.put("id", button.callbackData());
            reply.put("title", shorten(button.label(), MAX_BUTTON_TITLE));
        }
        return message;
    }

    /** A list of up to 10 rows; the caller splits longer choice lists. */
    static ObjectNode list(ObjectNode message, String body, List<ReplyButton> rows, String language) {
        ObjectNode interactive = interactive(message, "list", body);
        ObjectNode action = interactive.putObject("action");
        action.put("button", shorten(localized(CHOOSE, language), MAX_BUTTON_TITLE));
        ArrayNode items = action.putArray("sections").addObject().putArray("rows");
        for (ReplyButton row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            ObjectNode item = items.addObject();
            item.put("id", row.callbackData());
            item.put("title", shorten(row.label(), MAX_ROW_TITLE));
            if (row.label().codePointCount(0, row.label().length()) > MAX_ROW_TITLE) {
                item.put("description", shorten(row.label(), MAX_ROW_DESCRIPTION));
            }
        }
        return message;
    }

    static ObjectNode template(ObjectNode message, String name, String language) {
        message.put("type", "template");
        ObjectNode template = message.putObject("template");
        template.put("name", name);
        template.putObject("language").put("code", language);
        return message;
    }

    static ObjectNode document(ObjectNode message, String mediaId, String fileName, String caption) {
        message.put("type", "document");
        ObjectNode document = message.putObject("document");
        document.put("id", mediaId);
        if (fileName != null) {
            document.put("filename", fileName);
        }
        if (caption != null) {
            document.put("caption", shorten(caption, MAX_CAPTION));
        }
        return message;
    }

    static ObjectNode image(ObjectNode message, String mediaId, String caption) {
        message.put("type", "image");
        ObjectNode image = message.putObject("image");
        image.put("id", mediaId);
        if (caption != null) {
            image.put("caption", shorten(caption, MAX_CAPTION));
        }
        return message;
    }

    /** The line above choices when the reply's own text does not fit an interactive body. */
    static String prompt(String language) {
        return localized(PROMPT, language);
    }

    /** At most {@code max} characters (code points), ending in an ellipsis when shortened. */
    static String shorten(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        int end = value.offsetByCodePoints(0, max - 1);
        return value.substring(0, end).stripTrailing() + "…";
    }

    private static ObjectNode interactive(ObjectNode message, String type, String body) {
        message.put("type", "interactive");
        ObjectNode interactive = message.putObject("interactive");
        interactive.put("type", type);
        interactive.putObject("body").put("text", body);
        return interactive;
    }

    private static String localized(Map<String, String> texts, String language) {
        String tag = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        return texts.getOrDefault(dash > 0 ? tag.substring(0, dash) : tag, texts.get("en"));
    }
}
