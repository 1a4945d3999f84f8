/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-printers-section.h"

#include "fd-error.h"
#include "fd-print.h"
#include "fd-ui.h"

/*
 * Printers on the administration page.  Tried at the desk: the office
 * printer could only be set up by editing settings, a queue that did not
 * exist was accepted, and nothing could be tested.  Here the office printer
 * is chosen from the print server's queues, with their state, and each
 * printer prints a sample badge on request.  Everything that touches CUPS
 * or the database runs in a worker.
 */

struct _FdStaffPrintersSection
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkLabel         *printers_heading;
  GtkLabel         *badge_printer_label;
  GtkButton        *badge_test_button;
  GtkLabel         *office_label;
  GtkDropDown      *office_drop;
  GtkButton        *refresh_button;
  GtkButton        *office_test_button;
  GtkLabel         *printers_problem;

  FdStaffPage      *page;      /* the administration page, not owned */
  FdPrintSettings  *settings;  /* this station's badge printer; NULL: unknown */
  GPtrArray        *queues;    /* queue names in office_drop after "none" */
  gboolean          filling;   /* office_drop is being filled, not chosen */
};

G_DEFINE_FINAL_TYPE (FdStaffPrintersSection, fd_staff_printers_section, GTK_TYPE_WIDGET)

#define tr(self, text) fd_staff_page_tr ((self)->page, text)

static gboolean
allowed (FdStaffPrintersSection *self)
{
  return self->page != NULL && fd_staff_page_allows (self->page, FD_PERMISSION_ADMIN);
}

/* Reading: the print server's queues and what is stored. */

typedef struct {
  GPtrArray *printers;     /* FdPrinterInfo; NULL: no print server */
  char      *office;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->printers, g_ptr_array_unref);
  g_free (loaded->office);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  loaded->printers = fd_print_list_printers (NULL);
  loaded->office = fd_store_get_setting (store, "office_printer", "");
  return g_steal_pointer (&loaded);
}

/* "office · idle", "badges · stopped: out of labels". */
static char *
queue_text (FdStaffPrintersSection *self,
            FdPrinterInfo       *info)
{
  FdPrintProblem problem = fd_print_problem_from_reasons (info->reasons);

  if (problem != FD_PRINT_OK)
    return g_strdup_printf ("%s · %s", info->name, fd_print_problem_message (problem, fd_staff_page_get_lang (self->page)));
  if (g_str_equal (info->state, "stopped"))
    return g_strdup_printf ("%s · %s", info->name, tr (self, N_("stopped")));
  return g_strdup_printf ("%s · %s", info->name, g_str_equal (info->state, "printing") ? tr (self, N_("printing"))
                                                                                         : tr (self, N_("ready")));
}

static void
show_loaded (FdStaffPrintersSection *self,
             Loaded              *loaded)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint chosen = 0;

  gtk_string_list_append (items, tr (self, N_("None: the evacuation list is saved as a PDF")));
  g_ptr_array_set_size (self->queues, 0);
  for (guint i = 0; loaded->printers != NULL && i < loaded->printers->len; i++)
    {
      FdPrinterInfo *info = loaded->printers->pdata[i];
      g_autofree char *text = queue_text (self, info);

      gtk_string_list_append (items, text);
      g_ptr_array_add (self->queues, g_strdup (info->name));
      if (g_str_equal (info->name, loaded->office))
        chosen = self->queues->len;
    }
  /* A stored queue the print server does not know is shown as such. */
  if (*loaded->office != '\0' && chosen == 0)
    {
      g_autofree char *text = g_strdup_printf (tr (self, N_("%s · not on this computer's print server")), loaded->office);

      gtk_string_list_append (items, text);
      g_ptr_array_add (self->queues, g_strdup (loaded->office));
      chosen = self->queues->len;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->office_drop, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->office_drop, chosen);
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->office_test_button), chosen > 0);
  if (loaded->printers == NULL)
    gtk_label_set_text (self->printers_problem, tr (self, N_("No print server (CUPS) is running on this computer. Start it (systemctl start cups), then set up the printer.")));
  else if (loaded->printers->len == 0)
    gtk_label_set_text (self->printers_problem, tr (self, N_("The print server knows no printer yet. Add one in the system's printer settings or with lpadmin.")));
  gtk_widget_set_visible (GTK_WIDGET (self->printers_problem), loaded->printers == NULL || loaded->printers->len == 0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffPrintersSection) self = user_data;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, NULL);

  if (loaded != NULL && allowed (self))
    show_loaded (self, loaded);
}

void
fd_staff_printers_section_reload (FdStaffPrintersSection *self)
{
  g_return_if_fail (FD_IS_STAFF_PRINTERS_SECTION (self));

  if (!allowed (self))
    return;
  fd_store_run_async (fd_staff_page_get_store (self->page), load_job, NULL, NULL, (GDestroyNotify) loaded_free,
                      fd_staff_page_get_cancellable (self->page), loaded_cb, g_object_ref (self));
}

static void
refresh_cb (FdStaffPrintersSection *self)
{
  fd_staff_printers_section_reload (self);
}

/* The office printer, stored as soon as it is chosen. */

typedef struct {
  FdSession *session;
  char      *key;
  char      *value;
} Setting;

static void
setting_free (Setting *setting)
{
  fd_session_free (setting->session);
  g_free (setting->key);
  g_free (setting->value);
  g_free (setting);
}

static gpointer
setting_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Setting *setting = data;

  return fd_store_change_setting (store, setting->session, setting->key, setting->value, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static void
office_chosen_cb (FdStaffPrintersSection *self)
{
  guint chosen = gtk_drop_down_get_selected (self->office_drop);
  Setting *setting;

  if (self->filling || !allowed (self) || chosen == GTK_INVALID_LIST_POSITION)
    return;
  setting = g_new0 (Setting, 1);
  setting->session = fd_session_copy (fd_staff_page_get_session (self->page));
  setting->key = g_strdup ("office_printer");
  setting->value = g_strdup (chosen > 0 && chosen <= self->queues->len ? self->queues->pdata[chosen - 1] : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->office_test_button), chosen > 0);
  fd_staff_page_run (self->page, setting_job, setting, (GDestroyNotify) setting_free,
                     chosen > 0 ? tr (self, N_("The evacuation list now prints on this printer."))
                                : tr (self, N_("The evacuation list is now saved as a PDF.")));
}

/* Sample badges. */

typedef struct {
  FdStaffPrintersSection *self;  /* owned */
  char                *printer;
  FdBadgeSize          size;
  guint                timeout_ms;
  char                *site;
  FdPrintProblem       problem;  /* out */
} Sample;

static void
sample_free (Sample *sample)
{
  g_object_unref (sample->self);
  g_free (sample->printer);
  g_free (sample->site);
  g_free (sample);
}

static gpointer
sample_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Sample *sample = data;

  sample->site = fd_store_get_setting (store, "company_name", "");
  sample->problem = fd_print_sample_badge (sample->printer, sample->size, sample->site, sample->timeout_ms, error);
  return GINT_TO_POINTER (1);
}

static void
sample_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Sample *sample = user_data;
  FdStaffPrintersSection *self = sample->self;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fd_staff_page_show_status (self->page, tr (self, N_("The sample badge could not be made.")), TRUE);
    }
  else if (sample->problem == FD_PRINT_OK)
    {
      /* Translators: %s a printer's queue. */
      g_autofree char *done = g_strdup_printf (tr (self, N_("A sample badge went to %s.")), sample->printer);

      fd_staff_page_show_status (self->page, done, FALSE);
    }
  else
    fd_staff_page_show_status (self->page, fd_print_problem_message (sample->problem, fd_staff_page_get_lang (self->page)),
                               TRUE);
  sample_free (sample);
}

static void
print_sample (FdStaffPrintersSection *self,
              const char          *printer)
{
  Sample *sample;

  if (!allowed (self) || printer == NULL)
    return;
  sample = g_new0 (Sample, 1);
  sample->self = g_object_ref (self);
  sample->printer = g_strdup (printer);
  sample->size = self->settings != NULL ? self->settings->size : FD_BADGE_CR80;
  sample->timeout_ms = self->settings != NULL ? self->settings->timeout_ms : 30000;
  fd_store_run_async (fd_staff_page_get_store (self->page), sample_job, sample, NULL, NULL,
                      fd_staff_page_get_cancellable (self->page), sample_done_cb, sample);
}

static void
badge_test_cb (FdStaffPrintersSection *self)
{
  print_sample (self, self->settings != NULL ? self->settings->printer : NULL);
}

static void
office_test_cb (FdStaffPrintersSection *self)
{
  guint chosen = gtk_drop_down_get_selected (self->office_drop);

  if (chosen > 0 && chosen <= self->queues->len)
    print_sample (self, self->queues->pdata[chosen - 1]);
}

/* The section. */

void
fd_staff_printers_section_apply_lang (FdStaffPrintersSection *self)
{
  g_autofree char *badge = NULL;

  g_return_if_fail (FD_IS_STAFF_PRINTERS_SECTION (self));

  if (self->settings != NULL && self->settings->printer != NULL)
    /* Translators: %s the station's badge printer queue. */
    badge = g_strdup_printf (tr (self, N_("Badge printer of this station: %s (set in the station's settings file, printer=)")),
                             self->settings->printer);
  else if (self->settings != NULL)
    /* Translators: %s a folder. */
    badge = g_strdup_printf (tr (self, N_("This station has no badge printer: badges are saved as PDF files in %s. Set one in the station's settings file (printer=).")),
                             self->settings->folder);
  else
    badge = g_strdup (tr (self, N_("This station's badge printer is set in its settings file (printer=).")));
  gtk_label_set_text (self->printers_heading, tr (self, N_("Printers")));
  gtk_label_set_text (self->badge_printer_label, badge);
  gtk_button_set_label (self->badge_test_button, tr (self, N_("Print a sample badge")));
  gtk_widget_set_sensitive (GTK_WIDGET (self->badge_test_button), self->settings != NULL && self->settings->printer != NULL);
  gtk_label_set_text (self->office_label, tr (self, N_("Office printer for the evacuation list")));
  fd_ui_name_drop_down (self->office_drop, tr (self, N_("Office printer for the evacuation list")));
  gtk_button_set_label (self->refresh_button, tr (self, N_("Look again")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->refresh_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Look for printers again")), -1);
  gtk_button_set_label (self->office_test_button, tr (self, N_("Print a test page")));
}

void
fd_staff_printers_section_set_page (FdStaffPrintersSection *self,
                                 FdStaffPage         *page)
{
  g_return_if_fail (FD_IS_STAFF_PRINTERS_SECTION (self));
  self->page = page;
}

/**
 * fd_staff_printers_section_set_print_settings:
 * @settings: (nullable): this station's badge printing
 */
void
fd_staff_printers_section_set_print_settings (FdStaffPrintersSection   *self,
                                           const FdPrintSettings *settings)
{
  g_return_if_fail (FD_IS_STAFF_PRINTERS_SECTION (self));

  g_clear_pointer (&self->settings, fd_print_settings_free);
  if (settings != NULL)
    self->settings = fd_print_settings_copy (settings);
  if (self->page != NULL)
    fd_staff_printers_section_apply_lang (self);
}

static void
fd_staff_printers_section_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_PRINTERS_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_staff_printers_section_parent_class)->dispose (object);
}

static void
fd_staff_printers_section_finalize (GObject *object)
{
  FdStaffPrintersSection *self = FD_STAFF_PRINTERS_SECTION (object);

  g_clear_pointer (&self->settings, fd_print_settings_free);
  g_ptr_array_unref (self->queues);
  G_OBJECT_CLASS (fd_staff_printers_section_parent_class)->finalize (object);
}

static void
fd_staff_printers_section_class_init (FdStaffPrintersSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_printers_section_dispose;
  object_class->finalize = fd_staff_printers_section_finalize;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-printers-section.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffPrintersSection, name)
  BIND (printers_heading);
  BIND (badge_printer_label);
  BIND (badge_test_button);
  BIND (office_label);
  BIND (office_drop);
  BIND (refresh_button);
  BIND (office_test_button);
  BIND (printers_problem);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, refresh_cb);
  gtk_widget_class_bind_template_callback (widget_class, office_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, badge_test_cb);
  gtk_widget_class_bind_template_callback (widget_class, office_test_cb);
}

static void
fd_staff_printers_section_init (FdStaffPrintersSection *self)
{
  self->queues = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
