/** The data API, version 1: every lesson's numbers as JSON, computed by the same model code as the views. */
package dev.glassbox.api;
