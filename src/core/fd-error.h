/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FD_ERROR (fd_error_quark ())

/* Codes a caller can act on.  The message of an FD_ERROR is short and
 * impersonal; the UI maps the code to words for the person in front of it. */
typedef enum {
  FD_ERROR_FAILED,      /* anything without a better code */
  FD_ERROR_INVALID,     /* the input breaks a rule; the message says which */
  FD_ERROR_NOT_FOUND,   /* no such host, visit or setting */
  FD_ERROR_STATE,       /* the record is not in a state that allows this */
  FD_ERROR_DATABASE,    /* the database refused or failed */
  FD_ERROR_BUSY,        /* the database stayed locked past the timeout */
  FD_ERROR_IO,          /* a file could not be read or written */
  FD_ERROR_IMPORT,      /* an import file has a bad row; nothing was imported */
  FD_ERROR_PERMISSION,  /* the caller's role does not allow this */
  FD_ERROR_LOCKED,      /* too many wrong logins: paused for a while */
  FD_ERROR_FULL,        /* the disk is full: nothing was written */
  FD_ERROR_UNAVAILABLE, /* a service of this computer (the print server) does not answer */
  FD_ERROR_OFFLINE,     /* the database server cannot be reached; nothing was written */
} FdError;

GQuark fd_error_quark (void);

G_END_DECLS
