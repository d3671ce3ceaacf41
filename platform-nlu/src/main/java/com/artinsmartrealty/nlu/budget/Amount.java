package com.artinsmartrealty.nlu.budget;

/**
 * A number found in a message, with the tokens it spans.
 *
 * @param magnified true when a magnitude word or abbreviation was applied ("2M", "دو میلیون")
 */
record Amount(double value, boolean magnified, int firstToken, int lastToken, boolean negative) {

    Amount times(double factor) {
        return new Amount(value * factor, true, firstToken, lastToken, negative);
    }
}
