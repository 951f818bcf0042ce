/** JSON-B configuration of the two APIs (school: decimals as "150.00"; both write nulls). */
package com.edutrack.platform.json;
