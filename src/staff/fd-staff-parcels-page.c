/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-parcels-page.h"

#include "fd-error.h"
#include "fd-signature-pad.h"
#include "fd-staff-hand-over-dialog.h"
#include "fd-staff-parcel-dialog.h"
#include "fd-staff-parcel-row.h"
#include "fd-store-parcels.h"
#include "fd-ui.h"

/*
 * The parcels page (PKG-1 to PKG-5): Log a parcel; what waits at the desk,
 * oldest first, those due back to the carrier marked; what left the desk
 * in the last 7 days, with who took it and their signature.  Its actions:
 *
 *   parcels.log          the dialog that logs a parcel
 *   parcels.hand-over x  the dialog that hands parcel x over
 *   parcels.return x     parcel x goes back to the carrier (PKG-5)
 *   parcels.photo x      the photo of parcel x's damage
 *   parcels.signature x  who signed for parcel x
 */

struct _FdStaffParcelsPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkLabel    *heading_label;
  GtkLabel    *summary_label;
  GtkButton   *log_button;
  GtkListBox  *waiting_list;
  GtkLabel    *ended_label;
  GtkListBox  *ended_list;

  char        *shown[2];  /* what each list shows (fd_ui_list_replace()) */
};

G_DEFINE_FINAL_TYPE (FdStaffParcelsPage, fd_staff_parcels_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

static GtkWindow *
page_window (FdStaffParcelsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* Loading. */

typedef struct {
  GPtrArray *waiting;
  GPtrArray *ended;
  gint64     now_ms;
} Lists;

static void
lists_free (Lists *lists)
{
  g_clear_pointer (&lists->waiting, g_ptr_array_unref);
  g_clear_pointer (&lists->ended, g_ptr_array_unref);
  g_free (lists);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lists, lists_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  const FdSession *session = data;
  g_autoptr(Lists) lists = g_new0 (Lists, 1);

  lists->now_ms = fd_store_now_ms (store);
  lists->waiting = fd_store_list_parcels (store, session, FD_PARCELS_WAITING, error);
  if (lists->waiting == NULL)
    return NULL;
  lists->ended = fd_store_list_parcels (store, session, FD_PARCELS_ENDED, error);
  return lists->ended != NULL ? g_steal_pointer (&lists) : NULL;
}

/* Tried at the desk: every change in the database (a message tried
 * again, a check-in at the kiosk) rebuilt the lists under the pointer and
 * the keyboard focus.  A list is rebuilt only when its rows show something
 * else (fd_ui_list_replace()). */
static void
fill (GtkListBox  *list,
      GPtrArray   *parcels,
      gint64       now_ms,
      FdLang       lang,
      const char  *empty,
      char       **shown)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < parcels->len; i++)
    g_ptr_array_add (rows, fd_staff_parcel_row_new (parcels->pdata[i], now_ms, lang));
  if (parcels->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (empty));
  fd_ui_list_replace (list, rows, shown);
}

static void
loaded (FdStaffPage *page,
        gpointer     data)
{
  FdStaffParcelsPage *self = FD_STAFF_PARCELS_PAGE (page);
  Lists *lists = data;
  FdLang lang = fd_staff_page_get_lang (page);
  guint due = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < lists->waiting->len; i++)
    due += fd_parcel_is_due_back (lists->waiting->pdata[i], lists->now_ms);
  fill (self->waiting_list, lists->waiting, lists->now_ms, lang, tr (self, N_("No parcel is waiting at the desk.")),
        &self->shown[0]);
  fill (self->ended_list, lists->ended, lists->now_ms, lang, tr (self, N_("None in the last 7 days.")),
        &self->shown[1]);
  if (due > 0)
    /* Translators: %1$u parcels waiting, %2$u of them unclaimed for 7 days. */
    summary = g_strdup_printf (tr (self, N_("%1$u waiting · %2$u unclaimed for 7 days: return them to the carrier")),
                               lists->waiting->len, due);
  else
    /* Translators: %u parcels waiting at the desk. */
    summary = g_strdup_printf (tr (self, N_("%u waiting")), lists->waiting->len);
  gtk_label_set_text (self->summary_label, summary);
}

static void
fd_staff_parcels_page_reload (FdStaffPage *page)
{
  fd_staff_page_load (page, load_job, (GDestroyNotify) lists_free, loaded,
                      fd_staff_page_tr (page, N_("The parcels cannot be read right now.")));
}

/* A parcel waiting at the desk, as its row shows it: only those can be
 * handed over. */
static const FdParcel *
find_waiting (FdStaffParcelsPage *self,
              gint64              id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->waiting_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (FD_IS_STAFF_PARCEL_ROW (row) && fd_staff_parcel_row_get_parcel (FD_STAFF_PARCEL_ROW (row))->id == id)
      return fd_staff_parcel_row_get_parcel (FD_STAFF_PARCEL_ROW (row));
  return NULL;
}

/* parcels.log */

static void
logged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffParcelsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStaffParcelLogged) logged = fd_staff_parcel_dialog_run_finish (result, &error);
  g_autofree char *text = NULL;

  if (logged == NULL)
    return;
  if (logged->told)
    /* Translators: %s the recipient. */
    text = g_strdup_printf (tr (self, N_("Parcel logged; %s is being told.")), logged->recipient);
  else
    /* PKG-3 by phone.  Translators: %1$s the recipient, %2$s their number. */
    text = g_strdup_printf (tr (self, N_("Parcel logged. No mail or chat is set up for %1$s: please call them on %2$s.")),
                            logged->recipient, logged->phone != NULL && *logged->phone != '\0' ? logged->phone : "—");
  fd_staff_page_show_status (FD_STAFF_PAGE (self), text, !logged->told);
  fd_staff_parcels_page_reload (FD_STAFF_PAGE (self));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FdStaffPage *page = FD_STAFF_PAGE (widget);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_staff_parcel_dialog_run_async (page_window (FD_STAFF_PARCELS_PAGE (widget)), fd_staff_page_get_store (page),
                                    fd_staff_page_get_session (page), fd_staff_page_get_lang (page),
                                    fd_staff_page_get_cancellable (page), logged_cb, g_object_ref (widget));
}

/* parcels.hand-over */

static void
handed_over_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdStaffParcelsPage) self = user_data;

  if (!fd_staff_hand_over_dialog_run_finish (result, NULL))
    return;
  fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("Parcel handed over and signed for.")), FALSE);
  fd_staff_parcels_page_reload (FD_STAFF_PAGE (self));
}

static void
hand_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffParcelsPage *self = FD_STAFF_PARCELS_PAGE (widget);
  FdStaffPage *page = FD_STAFF_PAGE (widget);
  const FdParcel *parcel = find_waiting (self, g_variant_get_int64 (parameter));

  if (parcel == NULL || fd_staff_page_get_session (page) == NULL)
    return;
  fd_staff_hand_over_dialog_run_async (page_window (self), fd_staff_page_get_store (page),
                                       fd_staff_page_get_session (page), parcel, fd_staff_page_get_lang (page),
                                       fd_staff_page_get_cancellable (page), handed_over_cb, g_object_ref (self));
}

/* parcels.return */

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_return_parcel, g_variant_get_int64 (parameter),
                           tr (widget, N_("Parcel marked as returned to the carrier, unclaimed (无人领取).")));
}

/* parcels.photo and parcels.signature: shown in a window of their own. */

typedef struct {
  FdSession *session;
  gint64     id;
  gboolean   photo;  /* else the signature */
} Proof;

typedef struct {
  GBytes *photo;
  char   *signature;
} Shown;

static void
proof_free (Proof *proof)
{
  fd_session_free (proof->session);
  g_free (proof);
}

static void
shown_free (Shown *shown)
{
  g_clear_pointer (&shown->photo, g_bytes_unref);
  g_free (shown->signature);
  g_free (shown);
}

static gpointer
proof_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Proof *proof = data;
  Shown *shown = g_new0 (Shown, 1);

  if (proof->photo)
    shown->photo = fd_store_get_parcel_photo (store, proof->session, proof->id, error);
  else
    shown->signature = fd_store_get_parcel_signature (store, proof->session, proof->id, error);
  if (shown->photo == NULL && shown->signature == NULL)
    g_clear_pointer (&shown, shown_free);
  return shown;
}

static void
proof_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdStaffParcelsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Shown *shown = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *window, *child;

  if (shown == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fd_staff_page_show_status (FD_STAFF_PAGE (self), fd_staff_failure_text (fd_staff_page_get_lang (FD_STAFF_PAGE (self)), error), TRUE);
      return;
    }
  window = gtk_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), page_window (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, shown->photo != NULL ? 480 : 260);
  if (shown->photo != NULL)
    {
      texture = gdk_texture_new_from_bytes (shown->photo, NULL);
      child = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      gtk_widget_set_name (window, "parcel-photo-window");
      gtk_window_set_title (GTK_WINDOW (window), tr (self, N_("Photo of the damage")));
    }
  else
    {
      child = fd_signature_pad_new ();
      fd_signature_pad_set_text (FD_SIGNATURE_PAD (child), shown->signature);
      fd_signature_pad_set_editable (FD_SIGNATURE_PAD (child), FALSE);
      gtk_widget_set_name (window, "parcel-signature-window");
      gtk_window_set_title (GTK_WINDOW (window), tr (self, N_("Signature")));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_window_get_title (GTK_WINDOW (window)), -1);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 12);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  shown_free (shown);
}

static void
show_proof (FdStaffParcelsPage *self,
            gint64              id,
            gboolean            photo)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);
  Proof *proof;

  if (fd_staff_page_get_session (page) == NULL)
    return;
  proof = g_new0 (Proof, 1);
  proof->session = fd_session_copy (fd_staff_page_get_session (page));
  proof->id = id;
  proof->photo = photo;
  fd_store_run_async (fd_staff_page_get_store (page), proof_job, proof, (GDestroyNotify) proof_free,
                      (GDestroyNotify) shown_free, fd_staff_page_get_cancellable (page), proof_cb,
                      g_object_ref (self));
}

static void
photo_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  show_proof (FD_STAFF_PARCELS_PAGE (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
signature_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_proof (FD_STAFF_PARCELS_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

/* FdStaffPage. */

static void
fd_staff_parcels_page_apply_lang (FdStaffPage *page)
{
  FdStaffParcelsPage *self = FD_STAFF_PARCELS_PAGE (page);

  gtk_label_set_text (self->heading_label, tr (self, N_("Parcels at the desk")));
  gtk_button_set_label (self->log_button, tr (self, N_("Log a parcel")));
  gtk_label_set_text (self->ended_label, tr (self, N_("Left the desk in the last 7 days")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->waiting_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Parcels at the desk")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ended_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Left the desk in the last 7 days")), -1);
}

/* Locking forgets whose parcels were shown; a login reads them again. */
static void
fd_staff_parcels_page_session_changed (FdStaffPage *page)
{
  FdStaffParcelsPage *self = FD_STAFF_PARCELS_PAGE (page);

  fd_ui_list_clear (self->waiting_list);
  fd_ui_list_clear (self->ended_list);
  g_clear_pointer (&self->shown[0], g_free);
  g_clear_pointer (&self->shown[1], g_free);
  gtk_label_set_text (self->summary_label, "");
  fd_staff_parcels_page_apply_lang (page);
  fd_staff_parcels_page_reload (page);
}

static void
fd_staff_parcels_page_finalize (GObject *object)
{
  FdStaffParcelsPage *self = FD_STAFF_PARCELS_PAGE (object);

  g_free (self->shown[0]);
  g_free (self->shown[1]);
  G_OBJECT_CLASS (fd_staff_parcels_page_parent_class)->finalize (object);
}

static void
fd_staff_parcels_page_class_init (FdStaffParcelsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_parcels_page_finalize;
  page_class->apply_lang = fd_staff_parcels_page_apply_lang;
  page_class->reload = fd_staff_parcels_page_reload;
  page_class->session_changed = fd_staff_parcels_page_session_changed;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-parcels-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffParcelsPage, name)
  BIND (heading_label);
  BIND (summary_label);
  BIND (log_button);
  BIND (waiting_list);
  BIND (ended_label);
  BIND (ended_list);
#undef BIND
  gtk_widget_class_install_action (widget_class, "parcels.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "parcels.hand-over", "x", hand_over_action);
  gtk_widget_class_install_action (widget_class, "parcels.return", "x", return_action);
  gtk_widget_class_install_action (widget_class, "parcels.photo", "x", photo_action);
  gtk_widget_class_install_action (widget_class, "parcels.signature", "x", signature_action);
}

static void
fd_staff_parcels_page_init (FdStaffParcelsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_parcels_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_PARCELS_PAGE, "store", store, NULL);
}
