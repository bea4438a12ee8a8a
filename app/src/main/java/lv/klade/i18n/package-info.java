/** User-facing text: the Latvian and English resource bundles, and problems that name a message. */
package lv.klade.i18n;
