/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-form-page.h"

#include "fd-kiosk-host-picker.h"
#include "fd-ui.h"
#include "fd-validate.h"

/*
 * The walk-in form (REG-2), with REG-3's checks shown under each field once
 * the visitor has tapped "Next".  The ID number is asked for only after the
 * visitor reads why and ticks a separate consent box (PIPL art. 29-30).
 * A complete form emits "submitted"; the window takes the registration to
 * the confirm page.
 */

struct _FdKioskFormPage
{
  FdKioskPage        parent_instance;

  /* template widgets */
  GtkLabel          *form_title;
  GtkBox            *form_columns;
  GtkBox            *actions_box;
  GtkLabel          *name_label;
  GtkEntry          *name_entry;
  GtkLabel          *name_error;
  GtkLabel          *phone_label;
  GtkEntry          *phone_entry;
  GtkLabel          *phone_error;
  GtkLabel          *company_field_label;
  GtkEntry          *company_entry;
  GtkLabel          *company_error;
  GtkLabel          *items_label;
  GtkEntry          *items_entry;
  GtkLabel          *items_error;
  GtkLabel          *host_label;
  FdKioskHostPicker *host_picker;
  GtkLabel          *host_error;
  GtkLabel          *purpose_label;
  GtkEntry          *purpose_entry;
  GtkBox            *purpose_chips;
  GtkLabel          *purpose_error;
  GtkToggleButton   *id_toggle;
  GtkRevealer       *id_revealer;
  GtkLabel          *id_reason;
  GtkCheckButton    *id_consent;
  GtkDropDown       *id_type;
  GtkEntry          *id_entry;
  GtkLabel          *id_error;
  GtkButton         *refuse_button;
  GtkButton         *form_back_button;
  GtkButton         *form_next_button;

  /* state */
  gboolean           show_errors;  /* after the first "Next": check as they type */
};

G_DEFINE_FINAL_TYPE (FdKioskFormPage, fd_kiosk_form_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_SUBMITTED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char * const purposes[] = {
  N_("Meeting"), N_("Interview"), N_("Delivery"), N_("Visit"),
};

static const char * const id_types[] = {
  N_("Resident ID card"), N_("Passport"), N_("Other document"),
};
static const char * const id_type_ids[] = { "resident-id", "passport", "other" };

static const char *
entry_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
clear_entry (gpointer editable)
{
  /* GtkEntryBuffer overwrites deleted text, so no copy stays in memory. */
  gtk_editable_set_text (GTK_EDITABLE (editable), "");
}

/* @text (marked with N_()) in the visitor's language. */
#define tr(self, text) fd_kiosk_page_tr (FD_KIOSK_PAGE (self), text)

/* Checking the form. */

static void
show_error (FdKioskFormPage *self,
            GtkLabel        *label,
            FdField          field,
            FdInvalid        problem)
{
  g_autofree char *message = NULL;

  if (problem != FD_INVALID_NONE && self->show_errors)
    message = fd_invalid_message (field, problem, fd_kiosk_page_get_lang (FD_KIOSK_PAGE (self)));
  fd_kiosk_show_message (label, message);
}

static FdInvalid
optional_text (const char *text,
               guint       max)
{
  FdInvalid problem = fd_text_normalize (text, max, NULL);

  return problem == FD_INVALID_MISSING ? FD_INVALID_NONE : problem;
}

static gboolean
id_wanted (FdKioskFormPage *self)
{
  return gtk_toggle_button_get_active (self->id_toggle) &&
         gtk_check_button_get_active (self->id_consent) &&
         fd_text_normalize (entry_text (self->id_entry), 0, NULL) != FD_INVALID_MISSING;
}

static const char *
id_type_id (FdKioskFormPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->id_type);

  return id_type_ids[selected < G_N_ELEMENTS (id_type_ids) ? selected : 0];
}

/* Checks every field, shows what is wrong under each one, and returns the
 * first wrong field's widget (NULL when the form is complete). */
static GtkWidget *
check_form (FdKioskFormPage *self)
{
  FdInvalid name = fd_text_normalize (entry_text (self->name_entry), FD_MAX_NAME, NULL);
  FdInvalid phone = fd_validate_phone (entry_text (self->phone_entry), NULL);
  FdInvalid company = optional_text (entry_text (self->company_entry), FD_MAX_COMPANY);
  FdInvalid items = optional_text (entry_text (self->items_entry), FD_MAX_COMPANY);
  FdInvalid host = fd_kiosk_host_picker_get_host (self->host_picker) != NULL ? FD_INVALID_NONE : FD_INVALID_MISSING;
  FdInvalid purpose = fd_text_normalize (entry_text (self->purpose_entry), FD_MAX_PURPOSE, NULL);
  FdInvalid id = FD_INVALID_NONE;

  if (id_wanted (self))
    id = g_str_equal (id_type_id (self), "resident-id")
         ? fd_validate_id_number (entry_text (self->id_entry), NULL)
         : fd_text_normalize (entry_text (self->id_entry), 40, NULL);

  show_error (self, self->name_error, FD_FIELD_NAME, name);
  show_error (self, self->phone_error, FD_FIELD_PHONE, phone);
  show_error (self, self->company_error, FD_FIELD_COMPANY, company);
  show_error (self, self->items_error, FD_FIELD_ITEMS, items);
  show_error (self, self->host_error, FD_FIELD_HOST, host);
  show_error (self, self->purpose_error, FD_FIELD_PURPOSE, purpose);
  show_error (self, self->id_error, FD_FIELD_ID_NUMBER, id);

  if (name != FD_INVALID_NONE)
    return GTK_WIDGET (self->name_entry);
  if (phone != FD_INVALID_NONE)
    return GTK_WIDGET (self->phone_entry);
  if (company != FD_INVALID_NONE)
    return GTK_WIDGET (self->company_entry);
  if (items != FD_INVALID_NONE)
    return GTK_WIDGET (self->items_entry);
  if (host != FD_INVALID_NONE)
    return GTK_WIDGET (self->host_picker);
  if (purpose != FD_INVALID_NONE)
    return GTK_WIDGET (self->purpose_entry);
  if (id != FD_INVALID_NONE)
    return GTK_WIDGET (self->id_entry);
  return NULL;
}

static void
field_changed_cb (FdKioskFormPage *self)
{
  if (self->show_errors)
    check_form (self);
}

static void
host_chosen_cb (FdKioskFormPage *self)
{
  field_changed_cb (self);
}

/* Enter in the host search took the first person: on to the purpose. */
static void
host_activate_cb (FdKioskFormPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->purpose_entry));
}

/* Enter in one field moves to the next, as on a paper form. */
static void
next_field_cb (FdKioskFormPage *self,
               GtkEntry        *entry)
{
  if (entry == self->name_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->phone_entry));
  else if (entry == self->phone_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->company_entry));
  else if (entry == self->company_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->items_entry));
  else if (entry == self->items_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->host_picker));
  else
    gtk_widget_activate (GTK_WIDGET (self->form_next_button));
}

static void
purpose_chip_clicked_cb (GtkButton       *chip,
                         FdKioskFormPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_entry), gtk_button_get_label (chip));
}

/* The ID number: nothing can be typed before consent. */

/* The ID block is there for a screen reader only while it is open. */
static void
reveal_id (FdKioskFormPage *self,
           gboolean         open)
{
  gtk_revealer_set_reveal_child (self->id_revealer, open);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->id_revealer), GTK_ACCESSIBLE_STATE_HIDDEN, !open, -1);
}

static void
id_toggled_cb (FdKioskFormPage *self)
{
  gboolean open = gtk_toggle_button_get_active (self->id_toggle);

  if (!open && gtk_widget_has_focus (GTK_WIDGET (self->id_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->id_toggle));
  reveal_id (self, open);
  if (!open)
    {
      gtk_check_button_set_active (self->id_consent, FALSE);
      clear_entry (self->id_entry);
    }
}

static void
id_consent_toggled_cb (FdKioskFormPage *self)
{
  gboolean consent = gtk_check_button_get_active (self->id_consent);

  gtk_widget_set_sensitive (GTK_WIDGET (self->id_entry), consent);
  gtk_widget_set_sensitive (GTK_WIDGET (self->id_type), consent);
  if (!consent)
    clear_entry (self->id_entry);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->id_entry));
  field_changed_cb (self);
}

static void
form_next_cb (FdKioskFormPage *self)
{
  GtkWidget *wrong;

  self->show_errors = TRUE;
  wrong = check_form (self);
  if (wrong != NULL)
    {
      gtk_widget_grab_focus (wrong);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SUBMITTED], 0);
}

/**
 * fd_kiosk_form_page_get_registration:
 *
 * Returns: (transfer full): what the visitor typed, for a complete form
 */
FdRegistration *
fd_kiosk_form_page_get_registration (FdKioskFormPage *self)
{
  FdRegistration *reg;
  const FdHost *host;

  g_return_val_if_fail (FD_IS_KIOSK_FORM_PAGE (self), NULL);

  host = fd_kiosk_host_picker_get_host (self->host_picker);
  g_return_val_if_fail (host != NULL, NULL);
  reg = fd_registration_new ();
  reg->name = g_strdup (entry_text (self->name_entry));
  reg->phone = g_strdup (entry_text (self->phone_entry));
  reg->company = g_strdup (entry_text (self->company_entry));
  reg->items = g_strdup (entry_text (self->items_entry));
  reg->purpose = g_strdup (entry_text (self->purpose_entry));
  reg->host_id = host->id;
  if (id_wanted (self))
    {
      reg->id_number = g_strdup (entry_text (self->id_entry));
      reg->id_doc_type = g_strdup (id_type_id (self));
    }
  return reg;
}

/* The host the visitor chose, or NULL. */
const FdHost *
fd_kiosk_form_page_get_host (FdKioskFormPage *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_FORM_PAGE (self), NULL);
  return fd_kiosk_host_picker_get_host (self->host_picker);
}

/* A topic of "not sure whom to see" (REC-3) chooses the host and the
 * purpose. */
void
fd_kiosk_form_page_choose_topic (FdKioskFormPage *self,
                                 const FdHost    *host,
                                 const char      *purpose)
{
  g_return_if_fail (FD_IS_KIOSK_FORM_PAGE (self));

  fd_kiosk_host_picker_set_host (self->host_picker, host);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_entry), purpose);
}

/* FdKioskPage. */

static void
fd_kiosk_form_page_apply_lang (FdKioskPage *page)
{
  FdKioskFormPage *self = FD_KIOSK_FORM_PAGE (page);
  FdLang lang = fd_kiosk_page_get_lang (page);
  g_autofree char *company_optional = NULL;
  g_autofree char *items_optional = NULL;
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->id_type);
  GtkWidget *chip;
  guint i = 0;

  /* Translators: REG-1. */
  gtk_label_set_text (self->form_title, tr (self, N_("Please register your visit, thank you.")));
  gtk_label_set_text (self->name_label, fd_field_label (FD_FIELD_NAME, lang));
  gtk_label_set_text (self->phone_label, fd_field_label (FD_FIELD_PHONE, lang));
  gtk_label_set_text (self->host_label, fd_field_label (FD_FIELD_HOST, lang));
  gtk_label_set_text (self->purpose_label, fd_field_label (FD_FIELD_PURPOSE, lang));
  /* Translators: %s is a field name such as "Company". */
  company_optional = g_strdup_printf (tr (self, N_("%s (optional)")), fd_field_label (FD_FIELD_COMPANY, lang));
  gtk_label_set_text (self->company_field_label, company_optional);
  items_optional = g_strdup_printf (tr (self, N_("%s (optional)")), fd_field_label (FD_FIELD_ITEMS, lang));
  gtk_label_set_text (self->items_label, items_optional);
  gtk_entry_set_placeholder_text (self->phone_entry, tr (self, N_("Mobile, e.g. 138 0013 8000")));
  gtk_entry_set_placeholder_text (self->items_entry, tr (self, N_("e.g. a laptop, samples")));
  gtk_entry_set_placeholder_text (self->purpose_entry, tr (self, N_("Tap one, or type your own")));
  for (chip = gtk_widget_get_first_child (GTK_WIDGET (self->purpose_chips)); chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    gtk_button_set_label (GTK_BUTTON (chip), tr (self, purposes[i++]));
  fd_kiosk_host_picker_set_lang (self->host_picker, lang);

  gtk_button_set_label (GTK_BUTTON (self->id_toggle), tr (self, N_("ID number (optional)")));
  /* Translators: REG-2, said before asking for the ID number. */
  gtk_label_set_text (self->id_reason, tr (self, N_("For the company's security, please give your ID number. We keep it confidential: encrypted, and deleted with your visit.")));
  gtk_check_button_set_label (self->id_consent, tr (self, N_("I agree to give my ID number")));
  for (i = 0; i < G_N_ELEMENTS (id_types); i++)
    gtk_string_list_append (types, tr (self, id_types[i]));
  gtk_drop_down_set_model (self->id_type, G_LIST_MODEL (types));
  gtk_drop_down_set_selected (self->id_type, selected < G_N_ELEMENTS (id_types) ? selected : 0);
  fd_ui_name_drop_down (self->id_type, tr (self, N_("Type of ID document")));
  /* GTK 4.8 gives the drop-down's own button no name of its own: a screen
   * reader would read out its class name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->id_type)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tr (self, N_("Type of ID document")), -1);
  gtk_entry_set_placeholder_text (self->id_entry, tr (self, N_("ID number")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->id_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("ID number")), -1);

  gtk_button_set_label (self->refuse_button, tr (self, N_("I'd rather not register")));
  gtk_button_set_label (self->form_back_button, tr (self, N_("Back")));
  gtk_button_set_label (self->form_next_button, tr (self, N_("Next")));

  if (self->show_errors)
    check_form (self);
}

static void
fd_kiosk_form_page_reset (FdKioskPage *page)
{
  FdKioskFormPage *self = FD_KIOSK_FORM_PAGE (page);
  gpointer entries[] = { self->name_entry, self->phone_entry, self->company_entry, self->items_entry,
                         self->purpose_entry, self->id_entry };

  self->show_errors = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    clear_entry (entries[i]);
  fd_kiosk_host_picker_clear (self->host_picker);
  gtk_toggle_button_set_active (self->id_toggle, FALSE);
  gtk_check_button_set_active (self->id_consent, FALSE);
  gtk_drop_down_set_selected (self->id_type, 0);
  reveal_id (self, FALSE);
  check_form (self);
}

/* The first field still empty; back from the confirm page, the host. */
static void
fd_kiosk_form_page_focus (FdKioskPage *page)
{
  FdKioskFormPage *self = FD_KIOSK_FORM_PAGE (page);

  if (*entry_text (self->name_entry) == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->host_picker));
}

/* One column on a portrait screen. */
static void
fd_kiosk_form_page_set_portrait (FdKioskPage *page,
                                 gboolean     portrait)
{
  FdKioskFormPage *self = FD_KIOSK_FORM_PAGE (page);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->form_columns),
                                  portrait ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  /* Tried on an HD tablet standing upright (720 px wide): the refusal
   * link and the two big buttons in one row needed 888 px. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->actions_box),
                                  portrait ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (self->actions_box, portrait ? 12 : 24);
}

/* GObject. */

static void
fd_kiosk_form_page_constructed (GObject *object)
{
  FdKioskFormPage *self = FD_KIOSK_FORM_PAGE (object);

  G_OBJECT_CLASS (fd_kiosk_form_page_parent_class)->constructed (object);
  fd_kiosk_host_picker_set_store (self->host_picker, fd_kiosk_page_get_store (FD_KIOSK_PAGE (self)));
}

static void
fd_kiosk_form_page_class_init (FdKioskFormPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->constructed = fd_kiosk_form_page_constructed;
  page_class->apply_lang = fd_kiosk_form_page_apply_lang;
  page_class->reset = fd_kiosk_form_page_reset;
  page_class->focus = fd_kiosk_form_page_focus;
  page_class->set_portrait = fd_kiosk_form_page_set_portrait;

  /**
   * FdKioskFormPage::submitted:
   *
   * Every field is valid: the registration can be confirmed.
   */
  signals[SIGNAL_SUBMITTED] =
    g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-form-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdKioskFormPage, name)
  BIND (form_title);
  BIND (form_columns);
  BIND (actions_box);
  BIND (name_label);
  BIND (name_entry);
  BIND (name_error);
  BIND (phone_label);
  BIND (phone_entry);
  BIND (phone_error);
  BIND (company_field_label);
  BIND (company_entry);
  BIND (company_error);
  BIND (items_label);
  BIND (items_entry);
  BIND (items_error);
  BIND (host_label);
  BIND (host_picker);
  BIND (host_error);
  BIND (purpose_label);
  BIND (purpose_entry);
  BIND (purpose_chips);
  BIND (purpose_error);
  BIND (id_toggle);
  BIND (id_revealer);
  BIND (id_reason);
  BIND (id_consent);
  BIND (id_type);
  BIND (id_entry);
  BIND (id_error);
  BIND (refuse_button);
  BIND (form_back_button);
  BIND (form_next_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, id_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, id_consent_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_next_cb);
}

static void
fd_kiosk_form_page_init (FdKioskFormPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (purposes); i++)
    {
      GtkWidget *chip = gtk_button_new_with_label (purposes[i]);

      gtk_widget_add_css_class (chip, "kiosk-chip");
      g_signal_connect (chip, "clicked", G_CALLBACK (purpose_chip_clicked_cb), self);
      gtk_box_append (self->purpose_chips, chip);
    }
  fd_kiosk_label_field (self->name_entry, self->name_label, self->name_error);
  fd_kiosk_label_field (self->phone_entry, self->phone_label, self->phone_error);
  fd_kiosk_label_field (self->company_entry, self->company_field_label, self->company_error);
  fd_kiosk_label_field (self->items_entry, self->items_label, self->items_error);
  fd_kiosk_host_picker_label (self->host_picker, self->host_label, self->host_error);
  fd_kiosk_label_field (self->purpose_entry, self->purpose_label, self->purpose_error);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->id_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->id_error, NULL, -1);
  reveal_id (self, FALSE);
}
