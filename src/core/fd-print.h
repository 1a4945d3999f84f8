/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

/* The font of everything printed: badges and the evacuation list. */
#define FD_PRINT_FONT "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"

/* Why a badge did not print, in terms a receptionist can act on. */
typedef enum {
  FD_PRINT_OK,
  FD_PRINT_NO_PRINTER,   /* the queue or address does not exist */
  FD_PRINT_UNREACHABLE,  /* the printer does not answer */
  FD_PRINT_MEDIA_EMPTY,  /* out of labels or paper */
  FD_PRINT_MEDIA_JAM,
  FD_PRINT_COVER_OPEN,
  FD_PRINT_PAUSED,       /* the queue was stopped by someone */
  FD_PRINT_REJECTED,     /* the printer refused or aborted the job */
  FD_PRINT_TIMEOUT,      /* the job did not finish in time */
  FD_PRINT_NO_MEDIA,     /* the printer has no media of the badge's size */
  FD_PRINT_FORMAT,       /* it takes neither PDF nor PWG raster */
  FD_PRINT_FAILED,       /* anything else */
  FD_N_PRINT_PROBLEMS,
} FdPrintProblem;

typedef struct {
  char  *name;      /* queue name */
  char  *state;     /* "idle", "printing" or "stopped" */
  char  *reasons;   /* printer-state-reasons, comma-separated */
  char  *sizes;     /* the badge sizes it has media for, comma-separated */
} FdPrinterInfo;

const char     *fd_print_problem_id       (FdPrintProblem  problem);
FdPrintProblem  fd_print_problem_from_id  (const char     *id);
const char     *fd_print_problem_message  (FdPrintProblem  problem,
                                           FdLang          lang);
FdPrintProblem  fd_print_problem_from_reasons (const char *reasons);

/* Draws a page as 8-bit gray, white 255, rows of @width bytes; returns
 * g_malloc()ed pixels. */
typedef guint8 *(*FdPrintRasterFunc) (gpointer data,
                                      guint    width,
                                      guint    height,
                                      int      dpi);

FdPrintProblem  fd_print_pdf              (const char     *printer,
                                           GBytes         *pdf,
                                           FdPrintRasterFunc raster,
                                           gpointer        raster_data,
                                           double          width_mm,
                                           double          height_mm,
                                           guint           timeout_ms,
                                           int            *job_id,
                                           char          **detail);
GBytes         *fd_print_encode_pwg       (const char     *media,
                                           double          width_mm,
                                           double          height_mm,
                                           int             dpi,
                                           FdPrintRasterFunc draw,
                                           gpointer        data,
                                           GError        **error);
GPtrArray      *fd_print_list_printers    (GError        **error);
void            fd_printer_info_free      (FdPrinterInfo  *info);

G_END_DECLS
