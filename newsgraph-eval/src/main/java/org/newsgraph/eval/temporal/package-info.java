/**
 * Time expressions measured on MEANTIME (CC BY 4.0): each article's text rebuilt from its tokens,
 * annotated by the product anchored on its document creation time, and scored TempEval-3 style
 * against the gold TIMEX3 (span F1 strict and relaxed, type and value accuracy, value F1).
 */
package org.newsgraph.eval.temporal;
