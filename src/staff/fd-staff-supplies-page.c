/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-supplies-page.h"

#include "fd-staff-count-dialog.h"
#include "fd-staff-issue-dialog.h"
#include "fd-staff-purchase-dialog.h"
#include "fd-staff-purchase-row.h"
#include "fd-staff-supply-dialog.h"
#include "fd-staff-supply-row.h"
#include "fd-store-supplies.h"
#include "fd-ui.h"

/*
 * The office supplies page (SUP-1 to SUP-3, FAQ-4): the stock sheet, each
 * item with its stock, minimum and quantity to buy, those below the
 * minimum marked, and whether today's count was done; the purchase
 * requests not yet received.  Its actions:
 *
 *   supplies.add          the dialog that puts an item on the sheet
 *   supplies.issue x      the dialog that gives item x out, signed for
 *   supplies.count x      the dialog that records today's count of item x
 *   supplies.request x    the dialog that requests a purchase of item x
 *   supplies.received x   purchase request x arrived: into the stock
 */

struct _FdStaffSuppliesPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkLabel    *heading_label;
  GtkLabel    *summary_label;
  GtkButton   *add_button;
  GtkListBox  *sheet_list;
  GtkLabel    *purchases_label;
  GtkListBox  *purchases_list;

  char        *shown[2];  /* what each list shows (fd_ui_list_replace()) */
  GPtrArray   *sheet;     /* FdSupply, as last read: what the dialogs start from */
};

G_DEFINE_FINAL_TYPE (FdStaffSuppliesPage, fd_staff_supplies_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

static GtkWindow *
page_window (FdStaffSuppliesPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* Loading. */

typedef struct {
  GPtrArray *sheet;
  GPtrArray *purchases;
  gint64     now_ms;
} Supplies;

static void
supplies_free (Supplies *supplies)
{
  g_clear_pointer (&supplies->sheet, g_ptr_array_unref);
  g_clear_pointer (&supplies->purchases, g_ptr_array_unref);
  g_free (supplies);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Supplies, supplies_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  const FdSession *session = data;
  g_autoptr(Supplies) supplies = g_new0 (Supplies, 1);

  supplies->now_ms = fd_store_now_ms (store);
  supplies->sheet = fd_store_list_supplies (store, session, error);
  if (supplies->sheet == NULL)
    return NULL;
  supplies->purchases = fd_store_list_purchases (store, session, error);
  return supplies->purchases != NULL ? g_steal_pointer (&supplies) : NULL;
}

static void
loaded (FdStaffPage *page,
        gpointer     data)
{
  FdStaffSuppliesPage *self = FD_STAFF_SUPPLIES_PAGE (page);
  Supplies *supplies = data;
  FdLang lang = fd_staff_page_get_lang (page);
  g_autofree char *summary = NULL;
  GPtrArray *rows = g_ptr_array_new ();
  guint low = 0, uncounted = 0;

  for (guint i = 0; i < supplies->sheet->len; i++)
    {
      FdSupply *supply = supplies->sheet->pdata[i];

      low += fd_supply_is_low (supply);
      uncounted += !fd_supply_counted_today (supply, supplies->now_ms);
      g_ptr_array_add (rows, fd_staff_supply_row_new (supply, supplies->now_ms, lang));
    }
  if (supplies->sheet->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (tr (self, N_("No item on the stock sheet yet: add the supplies the desk keeps."))));
  /* Rebuilt only when the rows show something else: the pointer and the
   * keyboard focus stay where they are. */
  fd_ui_list_replace (self->sheet_list, rows, &self->shown[0]);
  g_clear_pointer (&self->sheet, g_ptr_array_unref);
  self->sheet = g_steal_pointer (&supplies->sheet);
  rows = g_ptr_array_new ();
  for (guint i = 0; i < supplies->purchases->len; i++)
    g_ptr_array_add (rows, fd_staff_purchase_row_new (supplies->purchases->pdata[i], supplies->now_ms, lang));
  if (supplies->purchases->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (tr (self, N_("No purchase is waiting."))));
  fd_ui_list_replace (self->purchases_list, rows, &self->shown[1]);
  /* Translators: %1$u items on the stock sheet, %2$u below their minimum,
   * %3$u not counted today (SUP-2). */
  summary = g_strdup_printf (tr (self, N_("%1$u items · %2$u below the minimum · %3$u not counted today")),
                             self->sheet->len, low, uncounted);
  gtk_label_set_text (self->summary_label, summary);
}

static void
fd_staff_supplies_page_reload (FdStaffPage *page)
{
  fd_staff_page_load (page, load_job, (GDestroyNotify) supplies_free, loaded,
                      fd_staff_page_tr (page, N_("The supplies cannot be read right now.")));
}

/* Item @id as last read. */
static const FdSupply *
find_supply (FdStaffSuppliesPage *self,
             gint64               id)
{
  for (guint i = 0; self->sheet != NULL && i < self->sheet->len; i++)
    if (((FdSupply *) self->sheet->pdata[i])->id == id)
      return self->sheet->pdata[i];
  return NULL;
}

/* Every dialog of the page ends here: a word in the status bar and the
 * lists read again. */
static void
dialog_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdStaffSuppliesPage) self = user_data;
  g_autofree char *done = g_task_propagate_pointer (G_TASK (result), NULL);

  if (done == NULL)
    return;
  fd_staff_page_show_status (FD_STAFF_PAGE (self), done, FALSE);
  fd_staff_supplies_page_reload (FD_STAFF_PAGE (self));
}

typedef void (*RunDialog) (GtkWindow           *parent,
                           FdStore             *store,
                           const FdSession     *session,
                           const FdSupply      *supply,
                           FdLang               lang,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);

static void
run_dialog (GtkWidget *widget,
            RunDialog  run,
            gint64     id)
{
  FdStaffSuppliesPage *self = FD_STAFF_SUPPLIES_PAGE (widget);
  FdStaffPage *page = FD_STAFF_PAGE (widget);
  const FdSupply *supply = id > 0 ? find_supply (self, id) : NULL;

  if (fd_staff_page_get_session (page) == NULL || (id > 0 && supply == NULL))
    return;
  run (page_window (self), fd_staff_page_get_store (page), fd_staff_page_get_session (page), supply,
       fd_staff_page_get_lang (page), fd_staff_page_get_cancellable (page), dialog_done_cb, g_object_ref (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  run_dialog (widget, fd_staff_supply_dialog_run_async, 0);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_dialog (widget, fd_staff_issue_dialog_run_async, g_variant_get_int64 (parameter));
}

static void
count_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_dialog (widget, fd_staff_count_dialog_run_async, g_variant_get_int64 (parameter));
}

static void
request_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_dialog (widget, fd_staff_purchase_dialog_run_async, g_variant_get_int64 (parameter));
}

/* supplies.received */

static gboolean
receive (FdStore          *store,
         const FdSession  *session,
         gint64            id,
         GError          **error)
{
  return fd_store_receive_purchase (store, session, id, NULL, error);
}

static void
received_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), receive, g_variant_get_int64 (parameter),
                           tr (widget, N_("Purchase received and added to the stock; whoever waited for it is told.")));
}

/* FdStaffPage. */

static void
fd_staff_supplies_page_apply_lang (FdStaffPage *page)
{
  FdStaffSuppliesPage *self = FD_STAFF_SUPPLIES_PAGE (page);

  gtk_label_set_text (self->heading_label, tr (self, N_("Office supplies")));
  gtk_button_set_label (self->add_button, tr (self, N_("Add an item")));
  gtk_label_set_text (self->purchases_label, tr (self, N_("Purchase requests not yet received")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sheet_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Stock sheet")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->purchases_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Purchase requests not yet received")), -1);
}

/* Locking forgets what was shown; a login reads it again. */
static void
fd_staff_supplies_page_session_changed (FdStaffPage *page)
{
  FdStaffSuppliesPage *self = FD_STAFF_SUPPLIES_PAGE (page);

  fd_ui_list_clear (self->sheet_list);
  fd_ui_list_clear (self->purchases_list);
  g_clear_pointer (&self->shown[0], g_free);
  g_clear_pointer (&self->shown[1], g_free);
  g_clear_pointer (&self->sheet, g_ptr_array_unref);
  gtk_label_set_text (self->summary_label, "");
  fd_staff_supplies_page_apply_lang (page);
  fd_staff_supplies_page_reload (page);
}

static void
fd_staff_supplies_page_finalize (GObject *object)
{
  FdStaffSuppliesPage *self = FD_STAFF_SUPPLIES_PAGE (object);

  g_free (self->shown[0]);
  g_free (self->shown[1]);
  g_clear_pointer (&self->sheet, g_ptr_array_unref);
  G_OBJECT_CLASS (fd_staff_supplies_page_parent_class)->finalize (object);
}

static void
fd_staff_supplies_page_class_init (FdStaffSuppliesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_supplies_page_finalize;
  page_class->apply_lang = fd_staff_supplies_page_apply_lang;
  page_class->reload = fd_staff_supplies_page_reload;
  page_class->session_changed = fd_staff_supplies_page_session_changed;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-supplies-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffSuppliesPage, name)
  BIND (heading_label);
  BIND (summary_label);
  BIND (add_button);
  BIND (sheet_list);
  BIND (purchases_label);
  BIND (purchases_list);
#undef BIND
  gtk_widget_class_install_action (widget_class, "supplies.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "supplies.issue", "x", issue_action);
  gtk_widget_class_install_action (widget_class, "supplies.count", "x", count_action);
  gtk_widget_class_install_action (widget_class, "supplies.request", "x", request_action);
  gtk_widget_class_install_action (widget_class, "supplies.received", "x", received_action);
}

static void
fd_staff_supplies_page_init (FdStaffSuppliesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_supplies_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_SUPPLIES_PAGE, "store", store, NULL);
}
