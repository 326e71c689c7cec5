package org.cytobench.io.multiplex;

/** What the vendor's software says a well holds (Bio-Plex Type B/S/C/X; xPONENT Background/Standard/Control/Unknown). */
public enum VendorWellType { BACKGROUND, STANDARD, CONTROL, UNKNOWN }
