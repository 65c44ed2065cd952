package org.credence.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryProseTest {

    @Test
    void storySentencesRead() {
        for (String s : new String[] {
                "About 900,000 people subscribe to its loyalty scheme, most of them commuters.",
                "Contact tracing of the leaked files showed they had passed through two countries.",
                "Support among voters fell to 41 percent in the latest poll of the region.",
                "Share prices fell 4 percent in Tallinn after the fine was announced.",
                "The label said it would give a share of profits to our local music school, according to a statement.",
                "\"We will appeal,\" the company's chief executive told reporters on Friday.",
                "By midday, the operator's shares had fallen 4 percent in Tallinn."}) {
            assertTrue(StoryProse.reads(s), s);
        }
    }

    @Test
    void furnitureDoesNotRead() {
        for (String s : new String[] {
                "Sign up for our morning newsletter to get the harbour news every day.",
                "Subscribe for just $1 a week to read every story on the site.",
                "Support 100% independent, unbiased news you can trust, and keep it free.",
                "We are reader-funded and independent, and rely on readers like these.",
                "Contact the reporter at ines.navarro@example.org with tips about ferries.",
                "This story was originally published by Harbour Watch, a nonprofit newsroom.",
                "Copyright 2025 Harbour Watch. All rights reserved. Do not republish this.",
                "Editor's note: an earlier version of this story misstated the fine's size.",
                "Photo: the ferry leaves the harbour at dawn on the first day of the route.",
                "By Ines Navarro, staff writer",
                "Published March 2, 2023."}) {
            assertFalse(StoryProse.reads(s), s);
        }
    }
}
