/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-visit-detail.h"

#include "fd-ui.h"

/*
 * One visit chosen in the visit log: what was registered, to correct
 * (KPI-2: each changed field is one audited correction), and the ID
 * number, shown in full only on request and logged.  It emits
 * "corrected" once a correction is stored; the page it stands on says how
 * things went.
 */

struct _FdStaffVisitDetail
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkLabel    *detail_title;
  GtkEntry    *name_field;
  GtkEntry    *phone_field;
  GtkEntry    *company_field;
  GtkEntry    *purpose_field;
  GtkLabel    *id_label;
  GtkButton   *reveal_button;
  GtkButton   *save_button;

  FdStaffPage *page;   /* the visit log, not owned */
  FdVisit     *visit;  /* the visit shown, NULL: none */
};

G_DEFINE_FINAL_TYPE (FdStaffVisitDetail, fd_staff_visit_detail, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CORRECTED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

#define tr(self, text) fd_staff_page_tr ((self)->page, text)

static const char * const field_names[] = { "name", "phone", "company", "purpose" };

static GtkEntry **
fields (FdStaffVisitDetail *self,
        GtkEntry      **out)
{
  out[0] = self->name_field;
  out[1] = self->phone_field;
  out[2] = self->company_field;
  out[3] = self->purpose_field;
  return out;
}

/**
 * fd_staff_visit_detail_show:
 * @visit: (nullable): the visit to show; %NULL hides the detail and
 *   empties it
 */
void
fd_staff_visit_detail_show (FdStaffVisitDetail *self,
                            const FdVisit      *visit)
{
  GtkEntry *entries[4];
  g_autofree char *title = NULL;

  g_return_if_fail (FD_IS_STAFF_VISIT_DETAIL (self));

  fields (self, entries);
  g_clear_pointer (&self->visit, fd_visit_free);
  if (visit != NULL)
    self->visit = fd_visit_copy (visit);
  gtk_widget_set_visible (GTK_WIDGET (self), visit != NULL);
  if (visit == NULL)
    {
      /* Nothing of the last visitor stays behind, not even hidden. */
      for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
        gtk_editable_set_text (GTK_EDITABLE (entries[i]), "");
      gtk_label_set_text (self->id_label, "");
      gtk_label_set_text (self->detail_title, "");
      return;
    }
  /* Translators: %s a visitor's name, above the fields to correct. */
  title = g_strdup_printf (tr (self, N_("Visit of %s: correct what was registered wrongly")), visit->name);
  gtk_label_set_text (self->detail_title, title);
  gtk_editable_set_text (GTK_EDITABLE (self->name_field), visit->name);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_field), visit->phone);
  gtk_editable_set_text (GTK_EDITABLE (self->company_field), visit->company);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_field), visit->purpose);
  if (*visit->id_masked != '\0')
    {
      g_autofree char *id = g_strdup_printf (tr (self, N_("ID number: %s")), visit->id_masked);

      gtk_label_set_text (self->id_label, id);
    }
  else
    gtk_label_set_text (self->id_label, tr (self, N_("No ID number was given.")));
  gtk_widget_remove_css_class (GTK_WIDGET (self->id_label), "staff-revealed");
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button),
                          *visit->id_masked != '\0' && fd_staff_page_allows (self->page, FD_PERMISSION_SECURITY));
}

/* Corrections: each changed field is one audited correction. */

typedef struct {
  FdSession  *session;
  gint64      id;
  GHashTable *changed;  /* field ("name", "phone", …) → its new text */
} Correction;

static void
correction_free (Correction *correction)
{
  fd_session_free (correction->session);
  g_hash_table_unref (correction->changed);
  g_free (correction);
}

static gpointer
correct_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Correction *correction = data;

  /* In the form's order, so that the audit log reads as the form. */
  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    {
      const char *now = g_hash_table_lookup (correction->changed, field_names[i]);

      if (now != NULL && !fd_store_correct_visit (store, correction->session, correction->id, field_names[i], now, error))
        return NULL;
    }
  return GINT_TO_POINTER (1);
}

static void
corrected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdStaffVisitDetail) self = user_data;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    fd_staff_page_show_status (self->page,
                               tr (self, N_("Not saved: a name, a valid mobile number and a purpose are needed.")), TRUE);
  else
    {
      g_signal_emit (self, signals[SIGNAL_CORRECTED], 0);
      fd_staff_page_show_status (self->page, tr (self, N_("Correction saved and logged.")), FALSE);
    }
}

static void
save_clicked_cb (FdStaffVisitDetail *self)
{
  FdStaffPage *page = self->page;
  const FdVisit *visit = self->visit;
  GtkEntry *entries[4];
  Correction *correction;

  if (visit == NULL || fd_staff_page_get_session (page) == NULL)
    return;
  fields (self, entries);
  correction = g_new0 (Correction, 1);
  correction->session = fd_session_copy (fd_staff_page_get_session (page));
  correction->id = visit->id;
  correction->changed = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  {
    const char *was[] = { visit->name, visit->phone, visit->company, visit->purpose };

    for (guint i = 0; i < G_N_ELEMENTS (was); i++)
      {
        const char *now = gtk_editable_get_text (GTK_EDITABLE (entries[i]));

        if (g_strcmp0 (now, was[i]) != 0)
          g_hash_table_insert (correction->changed, (gpointer) field_names[i], g_strdup (now));
      }
  }
  if (g_hash_table_size (correction->changed) == 0)
    {
      correction_free (correction);
      fd_staff_page_show_status (page, tr (self, N_("Nothing was changed.")), FALSE);
      return;
    }
  fd_store_run_async (fd_staff_page_get_store (page), correct_job, correction, (GDestroyNotify) correction_free,
                      NULL, fd_staff_page_get_cancellable (page), corrected_cb, g_object_ref (self));
}

/* The ID number, shown in full only on request, and logged. */

typedef struct {
  FdSession *session;
  gint64     id;
} Reveal;

static void
reveal_free (Reveal *reveal)
{
  fd_session_free (reveal->session);
  g_free (reveal);
}

static gpointer
reveal_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Reveal *reveal = data;

  return fd_store_reveal_id_number (store, reveal->session, reveal->id, error);
}

static void
revealed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffVisitDetail) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (number == NULL)
    {
      fd_staff_page_show_status (self->page,
                                 tr (self, N_("The ID number cannot be shown: the station key is missing, or none was given.")),
                                 TRUE);
      return;
    }
  gtk_label_set_text (self->id_label, number);
  gtk_widget_add_css_class (GTK_WIDGET (self->id_label), "staff-revealed");
}

static void
reveal_clicked_cb (FdStaffVisitDetail *self)
{
  FdStaffPage *page = self->page;
  Reveal *reveal;

  if (self->visit == NULL || fd_staff_page_get_session (page) == NULL)
    return;
  reveal = g_new0 (Reveal, 1);
  reveal->session = fd_session_copy (fd_staff_page_get_session (page));
  reveal->id = self->visit->id;
  fd_store_run_async (fd_staff_page_get_store (page), reveal_job, reveal, (GDestroyNotify) reveal_free, g_free,
                      fd_staff_page_get_cancellable (page), revealed_cb, g_object_ref (self));
}

void
fd_staff_visit_detail_apply_lang (FdStaffVisitDetail *self)
{
  const char *placeholders[] = {
    N_("Name"), N_("Mobile number"), N_("Company"), N_("Purpose of the visit"),
  };
  GtkEntry *entries[4];

  g_return_if_fail (FD_IS_STAFF_VISIT_DETAIL (self));

  gtk_button_set_label (self->save_button, tr (self, N_("Save corrections")));
  gtk_button_set_label (self->reveal_button, tr (self, N_("Reveal ID number (logged)")));
  fields (self, entries);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gtk_entry_set_placeholder_text (entries[i], tr (self, placeholders[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entries[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tr (self, placeholders[i]), -1);
    }
}

void
fd_staff_visit_detail_set_page (FdStaffVisitDetail *self,
                                FdStaffPage        *page)
{
  g_return_if_fail (FD_IS_STAFF_VISIT_DETAIL (self));
  self->page = page;
}

/**
 * fd_staff_visit_detail_get_visit:
 *
 * Returns: (transfer none) (nullable): the visit shown.
 */
const FdVisit *
fd_staff_visit_detail_get_visit (FdStaffVisitDetail *self)
{
  g_return_val_if_fail (FD_IS_STAFF_VISIT_DETAIL (self), NULL);
  return self->visit;
}

static void
fd_staff_visit_detail_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_VISIT_DETAIL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_staff_visit_detail_parent_class)->dispose (object);
}

static void
fd_staff_visit_detail_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_VISIT_DETAIL (object)->visit, fd_visit_free);
  G_OBJECT_CLASS (fd_staff_visit_detail_parent_class)->finalize (object);
}

static void
fd_staff_visit_detail_class_init (FdStaffVisitDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_visit_detail_dispose;
  object_class->finalize = fd_staff_visit_detail_finalize;

  /**
   * FdStaffVisitDetail::corrected:
   *
   * A correction of the visit shown was stored.
   */
  signals[SIGNAL_CORRECTED] =
    g_signal_new ("corrected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-visit-detail.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffVisitDetail, name)
  BIND (detail_title);
  BIND (name_field);
  BIND (phone_field);
  BIND (company_field);
  BIND (purpose_field);
  BIND (id_label);
  BIND (reveal_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reveal_clicked_cb);
}

static void
fd_staff_visit_detail_init (FdStaffVisitDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
