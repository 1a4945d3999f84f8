/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-messages-section.h"

#include "fd-error.h"
#include "fd-notify.h"
#include "fd-site.h"
#include "fd-ui.h"

/*
 * Messages to hosts on the administration page: the mail server, a chat
 * robot, and a test message through them.  Tried at the desk: these could
 * only be set up by editing settings, and nothing could be tested.
 * Secrets (the mail server's address with its password, a robot's address
 * and key) are never shown again: a field left empty keeps what is stored.
 * Everything that touches the database or the network runs in a worker.
 */

struct _FdStaffMessagesSection
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkLabel         *messages_heading;
  GtkLabel         *messages_hint;
  GtkLabel         *hook_channel_label;
  GtkDropDown      *hook_channel_drop;
  GtkLabel         *smtp_url_label;
  GtkPasswordEntry *smtp_url_entry;
  GtkLabel         *smtp_from_label;
  GtkEntry         *smtp_from_entry;
  GtkLabel         *hook_url_label;
  GtkPasswordEntry *hook_url_entry;
  GtkLabel         *hook_secret_label;
  GtkPasswordEntry *hook_secret_entry;
  GtkButton        *save_button;
  GtkLabel         *test_label;
  GtkDropDown      *test_channel_drop;
  GtkEntry         *test_recipient;
  GtkButton        *test_button;

  FdStaffPage      *page;      /* the administration page, not owned */
};

G_DEFINE_FINAL_TYPE (FdStaffMessagesSection, fd_staff_messages_section, GTK_TYPE_WIDGET)

#define tr(self, text) fd_staff_page_tr ((self)->page, text)

static const char * const test_channels[] = { "email", "wecom", "dingtalk", "feishu", "slack", "teams", "hook" };
static const char * const hook_channels[] = { "wecom", "dingtalk", "feishu", "slack", "teams", "hook" };

static gboolean
allowed (FdStaffMessagesSection *self)
{
  return self->page != NULL && fd_staff_page_allows (self->page, FD_PERMISSION_ADMIN);
}

/* Reading what is stored: the sender, and whether a mail server is set. */

typedef struct {
  char     *smtp_from;
  gboolean  smtp_set;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_free (loaded->smtp_from);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autoptr(FdSite) site = fd_store_load_site (store, error);

  if (site == NULL)
    return NULL;
  loaded->smtp_from = g_steal_pointer (&site->smtp_from);
  loaded->smtp_set = site->smtp_set;
  return g_steal_pointer (&loaded);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffMessagesSection) self = user_data;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, NULL);

  if (loaded == NULL || !allowed (self))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->smtp_from_entry), loaded->smtp_from);
  g_object_set (self->smtp_url_entry, "placeholder-text",
                loaded->smtp_set ? tr (self, N_("Set (hidden). Type a new address to replace it."))
                                 : "smtps://user:password@mail.example.com", NULL);
}

void
fd_staff_messages_section_reload (FdStaffMessagesSection *self)
{
  g_return_if_fail (FD_IS_STAFF_MESSAGES_SECTION (self));

  if (!allowed (self))
    return;
  fd_store_run_async (fd_staff_page_get_store (self->page), load_job, NULL, NULL, (GDestroyNotify) loaded_free,
                      fd_staff_page_get_cancellable (self->page), loaded_cb, g_object_ref (self));
}

/* Messages: the mail server and a chat robot; a field left empty keeps
 * what is stored. */

typedef struct {
  FdSession  *session;
  GHashTable *values;  /* setting → new value */
} Messaging;

static void
messaging_free (Messaging *messaging)
{
  fd_session_free (messaging->session);
  g_hash_table_unref (messaging->values);
  g_free (messaging);
}

static gpointer
messaging_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  Messaging *messaging = data;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, messaging->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!fd_store_change_setting (store, messaging->session, key, value, error))
      return NULL;
  return GINT_TO_POINTER (1);
}

static void
messaging_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FdStaffMessagesSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->smtp_url_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->hook_url_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->hook_secret_entry), "");
      fd_staff_page_show_status (self->page, tr (self, N_("Message settings saved. Send a test message to see them work.")), FALSE);
      fd_staff_messages_section_reload (self);
    }
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_INVALID))
    {
      /* Translators: %s the core's words for the wrong address. */
      g_autofree char *text = g_strdup_printf (tr (self, N_("Not saved: %s")),
                                               fd_tr (fd_staff_page_get_lang (self->page), error->message));

      fd_staff_page_show_status (self->page, text, TRUE);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fd_staff_page_show_status (self->page, fd_staff_failure_text (fd_staff_page_get_lang (self->page), error), TRUE);
}

/* Puts the text of @editable under @key, trimmed, unless it is empty and
 * @keep_when_empty (a secret that stays as it is). */
static void
take (GHashTable  *values,
      const char  *key,
      GtkEditable *editable,
      gboolean     keep_when_empty)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*text != '\0' || !keep_when_empty)
    g_hash_table_insert (values, g_strdup (key), g_steal_pointer (&text));
}

static void
save_messaging_cb (FdStaffMessagesSection *self)
{
  guint channel = gtk_drop_down_get_selected (self->hook_channel_drop);
  Messaging *messaging;

  if (!allowed (self))
    return;
  messaging = g_new0 (Messaging, 1);
  messaging->session = fd_session_copy (fd_staff_page_get_session (self->page));
  messaging->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  take (messaging->values, "smtp_url", GTK_EDITABLE (self->smtp_url_entry), TRUE);
  take (messaging->values, "smtp_from", GTK_EDITABLE (self->smtp_from_entry), FALSE);
  if (channel < G_N_ELEMENTS (hook_channels))
    {
      g_autofree char *url = g_strdup_printf ("webhook_%s_url", hook_channels[channel]);
      g_autofree char *secret = g_strdup_printf ("webhook_%s_secret", hook_channels[channel]);

      take (messaging->values, url, GTK_EDITABLE (self->hook_url_entry), TRUE);
      take (messaging->values, secret, GTK_EDITABLE (self->hook_secret_entry), TRUE);
    }
  fd_store_run_async (fd_staff_page_get_store (self->page), messaging_job, messaging,
                      (GDestroyNotify) messaging_free, NULL, fd_staff_page_get_cancellable (self->page),
                      messaging_saved_cb, g_object_ref (self));
}

/* A test message through what is stored, in the staff member's language. */

typedef struct {
  char *channel;
  char *recipient;
  char *subject;
  char *body;
} Test;

static void
test_free (Test *test)
{
  g_free (test->channel);
  g_free (test->recipient);
  g_free (test->subject);
  g_free (test->body);
  g_free (test);
}

static gpointer
test_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Test *test = data;

  return fd_notify_send (store, test->channel, test->recipient, test->subject, test->body, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static void
tested_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffMessagesSection) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), TRUE);
  if (fd_store_run_finish (FD_STORE (source), result, &error) != NULL)
    fd_staff_page_show_status (self->page, tr (self, N_("Delivered.")), FALSE);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (tr (self, N_("Not delivered: %s")), error->message);

      fd_staff_page_show_status (self->page, text, TRUE);
    }
}

static void
send_test_cb (FdStaffMessagesSection *self)
{
  guint channel = gtk_drop_down_get_selected (self->test_channel_drop);
  const char *recipient = gtk_editable_get_text (GTK_EDITABLE (self->test_recipient));
  Test *test;

  if (!allowed (self) || channel >= G_N_ELEMENTS (test_channels))
    return;
  if (*recipient == '\0')
    {
      fd_staff_page_show_status (self->page, tr (self, N_("Give the address or chat ID the test message goes to.")), TRUE);
      return;
    }
  test = g_new0 (Test, 1);
  test->channel = g_strdup (test_channels[channel]);
  test->recipient = g_strdup (recipient);
  test->subject = g_strdup (tr (self, N_("Frontdesk test message")));
  test->body = g_strdup (tr (self, N_("This is a test message from Frontdesk. If you can read it, visitors' messages will reach you here.")));
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), FALSE);
  fd_store_run_async (fd_staff_page_get_store (self->page), test_job, test, (GDestroyNotify) test_free, NULL,
                      fd_staff_page_get_cancellable (self->page), tested_cb, g_object_ref (self));
}

/* The section. */

/* @drop_down lists @n channels by their names in the staff's language. */
static void
name_channels (FdStaffMessagesSection *self,
               GtkDropDown         *drop_down,
               const char * const  *channels,
               guint                n)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (drop_down);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (names, fd_staff_channel_name (channels[i], fd_staff_page_get_lang (self->page)));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, selected < n ? selected : 0);
}

void
fd_staff_messages_section_apply_lang (FdStaffMessagesSection *self)
{
  g_return_if_fail (FD_IS_STAFF_MESSAGES_SECTION (self));

  gtk_label_set_text (self->messages_heading, tr (self, N_("Messages to hosts")));
  gtk_label_set_text (self->messages_hint, tr (self, N_("Hosts are told of their visitors by e-mail or in a work chat. Addresses with passwords or keys are kept hidden: leave a field empty to keep what is set.")));
  gtk_label_set_text (self->smtp_url_label, tr (self, N_("Mail server (smtps://user:password@server)")));
  gtk_label_set_text (self->smtp_from_label, tr (self, N_("Sender address")));
  gtk_label_set_text (self->hook_channel_label, tr (self, N_("Chat robot")));
  name_channels (self, self->hook_channel_drop, hook_channels, G_N_ELEMENTS (hook_channels));
  name_channels (self, self->test_channel_drop, test_channels, G_N_ELEMENTS (test_channels));
  gtk_label_set_text (self->test_label, tr (self, N_("Test message")));
  fd_ui_name_drop_down (self->hook_channel_drop, tr (self, N_("Chat robot")));
  gtk_label_set_text (self->hook_url_label, tr (self, N_("Robot address (https://…)")));
  gtk_label_set_text (self->hook_secret_label, tr (self, N_("Robot signing key (if it has one)")));
  gtk_button_set_label (self->save_button, tr (self, N_("Save message settings")));
  fd_ui_name_drop_down (self->test_channel_drop, tr (self, N_("Channel of the test message")));
  gtk_entry_set_placeholder_text (self->test_recipient, tr (self, N_("E-mail address or chat ID")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->test_recipient), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Test message to")), -1);
  gtk_button_set_label (self->test_button, tr (self, N_("Send a test message")));
}

/* A lock forgets what was typed. */
void
fd_staff_messages_section_clear (FdStaffMessagesSection *self)
{
  GtkEditable *fields[] = { GTK_EDITABLE (self->smtp_url_entry), GTK_EDITABLE (self->smtp_from_entry),
                            GTK_EDITABLE (self->hook_url_entry), GTK_EDITABLE (self->hook_secret_entry),
                            GTK_EDITABLE (self->test_recipient) };

  g_return_if_fail (FD_IS_STAFF_MESSAGES_SECTION (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_editable_set_text (fields[i], "");
}

void
fd_staff_messages_section_set_page (FdStaffMessagesSection *self,
                                    FdStaffPage            *page)
{
  g_return_if_fail (FD_IS_STAFF_MESSAGES_SECTION (self));
  self->page = page;
}

static void
fd_staff_messages_section_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_MESSAGES_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_staff_messages_section_parent_class)->dispose (object);
}

static void
fd_staff_messages_section_class_init (FdStaffMessagesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_messages_section_dispose;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-messages-section.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffMessagesSection, name)
  BIND (messages_heading);
  BIND (messages_hint);
  BIND (hook_channel_label);
  BIND (hook_channel_drop);
  BIND (smtp_url_label);
  BIND (smtp_url_entry);
  BIND (smtp_from_label);
  BIND (smtp_from_entry);
  BIND (hook_url_label);
  BIND (hook_url_entry);
  BIND (hook_secret_label);
  BIND (hook_secret_entry);
  BIND (save_button);
  BIND (test_label);
  BIND (test_channel_drop);
  BIND (test_recipient);
  BIND (test_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_messaging_cb);
  gtk_widget_class_bind_template_callback (widget_class, send_test_cb);
}

static void
fd_staff_messages_section_init (FdStaffMessagesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
