/** Stored files: public images under /media and the private study materials. */
package com.edutrack.platform.storage;
