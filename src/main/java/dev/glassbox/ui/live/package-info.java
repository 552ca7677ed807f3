/** A live class on screen: the teacher's page ({@code /class}) and the students' page ({@code /join}). */
package dev.glassbox.ui.live;
