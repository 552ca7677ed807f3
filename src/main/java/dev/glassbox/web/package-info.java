/** What every HTTP answer carries whoever produced it: security headers, request limits, the error page. */
package dev.glassbox.web;
