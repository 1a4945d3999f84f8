/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_PAGE (fd_kiosk_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (FdKioskPage, fd_kiosk_page, FD, KIOSK_PAGE, GtkWidget)

/**
 * FdKioskPageClass:
 * @reset: forget everything the last visitor typed, chose or was shown (the
 *   privacy wipe is each page's own duty); the page's work is already
 *   cancelled
 * @apply_lang: put every text in the page's language
 * @focus: put the cursor where the visitor or a scanner types next
 * @is_busy: whether leaving now would lose a visit being saved
 * @set_portrait: lay the page out for a screen taller than wide
 *
 * What the kiosk window asks of every page.  A page is built with a
 * #FdStore, knows nothing of the other pages, and moves the visitor on
 * through the window's actions (kiosk.show-page with a page's name,
 * kiosk.reset) or, when the next page needs something from it, through a
 * signal of its own that the window connects.
 */
struct _FdKioskPageClass
{
  GtkWidgetClass parent_class;

  void     (*reset)      (FdKioskPage *self);
  void     (*apply_lang) (FdKioskPage *self);
  void     (*focus)      (FdKioskPage *self);
  gboolean (*is_busy)    (FdKioskPage *self);
  void     (*set_portrait) (FdKioskPage *self,
                            gboolean     portrait);
};

void          fd_kiosk_page_reset           (FdKioskPage *self);
void          fd_kiosk_page_set_lang        (FdKioskPage *self,
                                             FdLang       lang);
FdLang        fd_kiosk_page_get_lang        (FdKioskPage *self);
void          fd_kiosk_page_focus           (FdKioskPage *self);
gboolean      fd_kiosk_page_is_busy         (FdKioskPage *self);
void          fd_kiosk_page_set_portrait    (FdKioskPage *self,
                                             gboolean     portrait);
FdStore      *fd_kiosk_page_get_store       (FdKioskPage *self);
GCancellable *fd_kiosk_page_get_cancellable (FdKioskPage *self);
const char   *fd_kiosk_page_tr              (FdKioskPage *self,
                                             const char  *text) G_GNUC_FORMAT (2);
void          fd_kiosk_page_show            (FdKioskPage *self,
                                             const char  *name);
void          fd_kiosk_page_end_visit       (FdKioskPage *self);

void          fd_kiosk_show_message         (GtkLabel     *label,
                                             const char   *message);
void          fd_kiosk_label_field          (gpointer      field,
                                             GtkLabel     *label,
                                             GtkLabel     *error);
void          fd_kiosk_log_failure_cb       (GObject      *source,
                                             GAsyncResult *result,
                                             gpointer      user_data);

G_END_DECLS
