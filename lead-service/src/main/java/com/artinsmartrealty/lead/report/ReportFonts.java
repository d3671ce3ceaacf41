package com.artinsmartrealty.lead.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * The fonts embedded in reports: Vazirmatn for Persian and Arabic (with the presentation forms the
 * shaping needs and both sets of local digits), Noto Sans for Latin and Cyrillic. Loaded once; each
 * document embeds the subset it uses.
 */
public final class ReportFonts {

    private final BaseFont arabicRegular;
    private final BaseFont arabicBold;
    private final BaseFont latinRegular;
    private final BaseFont latinBold;

    public ReportFonts() {
        arabicRegular = load("Vazirmatn-Regular.ttf");
        arabicBold = load("Vazirmatn-Bold.ttf");
        latinRegular = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
    }

    /**
     * Picks a font per character: for right-to-left languages the Arabic-script font first, else the
     * Latin one first, the other as the fallback.
     */
    public FontSelector selector(boolean rightToLeft, boolean bold, float size, java.awt.Color color) {
        FontSelector selector = new FontSelector();
        BaseFont arabic = bold ? arabicBold : arabicRegular;
        BaseFont latin = bold ? latinBold : latinRegular;
        selector.addFont(new Font(rightToLeft ? arabic : latin, size, Font.NORMAL, color));
        selector.addFont(new Font(rightToLeft ? latin : arabic, size, Font.NORMAL, color));
        return selector;
    }

    private static BaseFont load(String file) {
        String resource = "fonts/lead/" + file;
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }
}
