/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-parcel-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-staff-page.h"
#include "fd-staff-task-dialog.h"
#include "fd-store-parcels.h"
#include "fd-ui.h"

/*
 * Logging a parcel as it arrives (PKG-1 to PKG-3): the tracking number
 * (typed, or scanned into the field), the carrier from the common ones or
 * typed, the recipient found as at the kiosk, and whether the packaging
 * is torn or wet (PKG-2: what is wrong, and a photo, which the dialog
 * makes small enough to keep).  Saving tells the recipient; the dialog
 * says what is wrong and stays open until the parcel is logged or the
 * dialog is closed.
 */

#define PHOTO_SIDE 1600  /* pixels: enough to show the damage */

/* The carriers a Chinese front desk sees most, stored by their Chinese
 * names; the last choice is "another", typed. */
static const struct { const char *zh; const char *en; } carriers[] = {
  { "顺丰速运", "SF Express" },
  { "京东物流", "JD Logistics" },
  { "中通快递", "ZTO Express" },
  { "圆通速递", "YTO Express" },
  { "韵达快递", "Yunda Express" },
  { "申通快递", "STO Express" },
  { "极兔速递", "J&T Express" },
  { "EMS", "EMS" },
  { "中国邮政", "China Post" },
  { "DHL", "DHL" },
  { "FedEx", "FedEx" },
  { "UPS", "UPS" },
};

struct _FdStaffParcelDialog
{
  FdStaffTaskDialog  parent_instance;

  /* template widgets */
  GtkLabel          *intro_label;
  GtkLabel          *tracking_label;
  GtkEntry          *tracking_entry;
  GtkLabel          *carrier_label;
  GtkDropDown       *carrier_choice;
  GtkEntry          *carrier_entry;     /* another carrier */
  GtkLabel          *recipient_label;
  FdKioskHostPicker *recipient_picker;
  GtkCheckButton    *damaged_check;
  GtkRevealer       *damage_revealer;
  GtkLabel          *damage_label;
  GtkEntry          *damage_entry;
  GtkLabel          *damage_hint;
  GtkButton         *photo_button;
  GtkPicture        *photo_picture;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;

  GBytes            *photo;   /* JPEG, made small; NULL: none */
  GCancellable      *loading; /* a photo being read */
};

G_DEFINE_FINAL_TYPE (FdStaffParcelDialog, fd_staff_parcel_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)
#define LANG(self) fd_staff_task_dialog_get_lang (BASE (self))

void
fd_staff_parcel_logged_free (FdStaffParcelLogged *logged)
{
  if (logged == NULL)
    return;
  g_free (logged->recipient);
  g_free (logged->phone);
  g_free (logged);
}

static void
show_problem (FdStaffParcelDialog *self,
              const char          *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (LANG (self), text));
}

/* Saving, off the main loop. */

typedef struct {
  FdParcelIn  in;
  FdSession  *session;
} Log;

static void
log_free (Log *log)
{
  fd_parcel_in_clear (&log->in);
  fd_session_free (log->session);
  g_free (log);
}

static gpointer
log_job (FdStore   *store,
         gpointer   data,
         GError   **error)
{
  Log *log = data;
  g_autoptr(FdStaffParcelLogged) logged = g_new0 (FdStaffParcelLogged, 1);
  g_autoptr(FdHost) host = NULL;

  logged->id = fd_store_receive_parcel (store, log->session, &log->in, error);
  if (logged->id == 0)
    return NULL;
  logged->told = fd_store_host_reachable (store, log->in.recipient_id);
  host = fd_store_get_host (store, log->in.recipient_id, NULL);
  if (host != NULL)
    {
      logged->recipient = g_strdup (host->name);
      logged->phone = g_strdup (host->phone);
    }
  return g_steal_pointer (&logged);
}

static void
logged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffParcelDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  FdStaffParcelLogged *logged = fd_staff_task_dialog_run_finish (BASE (self), result, &error);

  if (logged != NULL)
    fd_staff_task_dialog_return (BASE (self), logged, (GDestroyNotify) fd_staff_parcel_logged_free);
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    show_problem (self, N_("This tracking number is already at the desk: look for it in the list."));
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_INVALID))
    show_problem (self, N_("Please type or scan the tracking number (4 to 40 letters or digits) and choose the carrier."));
}

static char *
chosen_carrier (FdStaffParcelDialog *self)
{
  guint chosen = gtk_drop_down_get_selected (self->carrier_choice);

  if (chosen < G_N_ELEMENTS (carriers))
    return g_strdup (carriers[chosen].zh);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->carrier_entry)));
}

static void
save_clicked_cb (FdStaffParcelDialog *self)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->recipient_picker);
  gboolean damaged = gtk_check_button_get_active (self->damaged_check);
  Log *log;

  if (host == NULL)
    {
      show_problem (self, N_("Please choose the recipient: type part of their name and pick them from the list."));
      return;
    }
  if (damaged && *gtk_editable_get_text (GTK_EDITABLE (self->damage_entry)) == '\0')
    {
      show_problem (self, N_("Please say what is wrong with the packaging, e.g. torn corner, wet."));
      gtk_widget_grab_focus (GTK_WIDGET (self->damage_entry));
      return;
    }
  log = g_new0 (Log, 1);
  log->in.tracking = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tracking_entry)));
  log->in.carrier = chosen_carrier (self);
  log->in.recipient_id = host->id;
  if (damaged)
    {
      log->in.damage = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->damage_entry)));
      log->in.photo = self->photo != NULL ? g_bytes_ref (self->photo) : NULL;
    }
  log->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  fd_staff_task_dialog_run (BASE (self), log_job, log, (GDestroyNotify) log_free,
                            (GDestroyNotify) fd_staff_parcel_logged_free, logged_cb);
}

static void
carrier_chosen_cb (FdStaffParcelDialog *self)
{
  gboolean other = gtk_drop_down_get_selected (self->carrier_choice) >= G_N_ELEMENTS (carriers);

  gtk_widget_set_visible (GTK_WIDGET (self->carrier_entry), other);
  if (other)
    gtk_widget_grab_focus (GTK_WIDGET (self->carrier_entry));
}

static void
damaged_toggled_cb (FdStaffParcelDialog *self)
{
  gtk_revealer_set_reveal_child (self->damage_revealer, gtk_check_button_get_active (self->damaged_check));
}

/* The photo (PKG-2): read and made small in a worker thread. */

static void
scale_photo_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (data);
  g_autoptr(GdkPixbuf) image = NULL;
  g_autoptr(GdkPixbuf) upright = NULL;
  char *jpeg = NULL;
  gsize size = 0;

  image = path != NULL ? gdk_pixbuf_new_from_file_at_scale (path, PHOTO_SIDE, PHOTO_SIDE, TRUE, &error) : NULL;
  if (image == NULL)
    {
      g_task_return_new_error (task, FD_ERROR, FD_ERROR_INVALID, "%s", error != NULL ? error->message : "No file");
      return;
    }
  /* A phone's photo stands as it was taken. */
  upright = gdk_pixbuf_apply_embedded_orientation (image);
  if (!gdk_pixbuf_save_to_buffer (upright, &jpeg, &size, "jpeg", &error, "quality", "85", NULL))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, g_bytes_new_take (jpeg, size), (GDestroyNotify) g_bytes_unref);
}

static void
photo_scaled_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdStaffParcelDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) jpeg = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GdkTexture) texture = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->loading);
  gtk_widget_set_sensitive (GTK_WIDGET (self->photo_button), TRUE);
  if (jpeg != NULL)
    texture = gdk_texture_new_from_bytes (jpeg, NULL);
  if (texture == NULL)
    {
      show_problem (self, N_("That file is not a photo Frontdesk can read. Choose a JPEG or PNG file."));
      return;
    }
  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo = g_steal_pointer (&jpeg);
  gtk_picture_set_paintable (self->photo_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->photo_picture), TRUE);
  gtk_button_set_label (self->photo_button, fd_tr (LANG (self), N_("Choose another photo…")));
}

/**
 * fd_staff_parcel_dialog_take_photo:
 * @file: a JPEG or PNG the person at the desk chose
 *
 * Keeps a photo of the damage, made small, and shows it.
 */
void
fd_staff_parcel_dialog_take_photo (FdStaffParcelDialog *self,
                                   GFile               *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STAFF_PARCEL_DIALOG (self));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->photo_button), FALSE);
  task = g_task_new (NULL, self->loading, photo_scaled_cb, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, scale_photo_thread);
}

static void
photo_chosen_cb (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  FdStaffParcelDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        fd_staff_parcel_dialog_take_photo (self, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
photo_clicked_cb (FdStaffParcelDialog *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (fd_tr (LANG (self), N_("Photo of the damage")), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, fd_tr (LANG (self), N_("Add photo")),
                                 fd_tr (LANG (self), N_("Cancel")));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, fd_tr (LANG (self), N_("Photos (JPEG, PNG)")));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (photo_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fd_staff_parcel_dialog_dispose (GObject *object)
{
  FdStaffParcelDialog *self = FD_STAFF_PARCEL_DIALOG (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_PARCEL_DIALOG);
  G_OBJECT_CLASS (fd_staff_parcel_dialog_parent_class)->dispose (object);
}

static void
fd_staff_parcel_dialog_finalize (GObject *object)
{
  FdStaffParcelDialog *self = FD_STAFF_PARCEL_DIALOG (object);

  g_clear_object (&self->loading);
  g_clear_pointer (&self->photo, g_bytes_unref);
  G_OBJECT_CLASS (fd_staff_parcel_dialog_parent_class)->finalize (object);
}

static void
fd_staff_parcel_dialog_class_init (FdStaffParcelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_parcel_dialog_dispose;
  object_class->finalize = fd_staff_parcel_dialog_finalize;

  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-parcel-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffParcelDialog, name)
  BIND (intro_label);
  BIND (tracking_label);
  BIND (tracking_entry);
  BIND (carrier_label);
  BIND (carrier_choice);
  BIND (carrier_entry);
  BIND (recipient_label);
  BIND (recipient_picker);
  BIND (damaged_check);
  BIND (damage_revealer);
  BIND (damage_label);
  BIND (damage_entry);
  BIND (damage_hint);
  BIND (photo_button);
  BIND (photo_picture);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, carrier_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, damaged_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, photo_clicked_cb);
}

static void
fd_staff_parcel_dialog_init (FdStaffParcelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

/* The dialog's texts in the receptionist's language. */
static void
apply_lang (FdStaffParcelDialog *self)
{
  FdLang lang = LANG (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (carriers); i++)
    {
      g_autofree char *name = lang == FD_LANG_EN && !g_str_equal (carriers[i].zh, carriers[i].en)
                              ? g_strdup_printf ("%s (%s)", carriers[i].en, carriers[i].zh)
                              : g_strdup (carriers[i].zh);

      gtk_string_list_append (names, name);
    }
  gtk_string_list_append (names, fd_tr (lang, N_("Another carrier…")));
  gtk_drop_down_set_model (self->carrier_choice, G_LIST_MODEL (names));

  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Log a parcel")));
  gtk_label_set_text (self->intro_label, fd_tr (lang, N_("Scan or type the tracking number; the recipient is told at once.")));
  gtk_label_set_text (self->tracking_label, fd_tr (lang, N_("Tracking number")));
  gtk_label_set_text (self->carrier_label, fd_tr (lang, N_("Carrier")));
  gtk_entry_set_placeholder_text (self->carrier_entry, fd_tr (lang, N_("Name of the carrier")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->carrier_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fd_tr (lang, N_("Name of the carrier")), -1);
  fd_ui_name_drop_down (self->carrier_choice, fd_tr (lang, N_("Carrier")));
  gtk_label_set_text (self->recipient_label, fd_tr (lang, N_("Recipient")));
  gtk_check_button_set_label (self->damaged_check, fd_tr (lang, N_("The packaging is damaged (torn, wet)")));
  gtk_label_set_text (self->damage_label, fd_tr (lang, N_("What is wrong")));
  gtk_label_set_text (self->damage_hint, fd_tr (lang, N_("Tell the carrier, and keep a photo of the damage.")));
  gtk_button_set_label (self->photo_button, fd_tr (lang, N_("Add photo…")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Log parcel")));
  fd_kiosk_host_picker_set_lang (self->recipient_picker, lang);
  fd_kiosk_host_picker_label (self->recipient_picker, self->recipient_label, self->problem_label);
}

/**
 * fd_staff_parcel_dialog_run_async:
 * @session: who logs the parcel
 *
 * Shows the dialog over @parent; it finishes once the parcel is logged or
 * the dialog is closed.
 */
void
fd_staff_parcel_dialog_run_async (GtkWindow           *parent,
                                  FdStore             *store,
                                  const FdSession     *session,
                                  FdLang               lang,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  FdStaffParcelDialog *self = g_object_new (FD_TYPE_STAFF_PARCEL_DIALOG, "transient-for", parent, NULL);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_parcel_dialog_run_async);
  fd_kiosk_host_picker_set_store (self->recipient_picker, store);
  g_signal_connect_object (self->recipient_picker, "notify::host", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
  apply_lang (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->tracking_entry));
}

/**
 * fd_staff_parcel_dialog_run_finish:
 *
 * Returns: (transfer full): what was logged; %NULL with
 *   G_IO_ERROR_CANCELLED.
 */
FdStaffParcelLogged *
fd_staff_parcel_dialog_run_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
