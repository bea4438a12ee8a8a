/** The journal file: opening and migrating it, transactions, and the one write path with its change log. */
package lv.klade.db;
