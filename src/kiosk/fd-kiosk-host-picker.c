/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-host-picker.h"

#include "fd-kiosk-host-row.h"

#include "fd-kiosk-page.h"
#include "fd-ui.h"
#include "fd-validate.h"

/*
 * The host a visitor comes to see: a search field and the people found,
 * with name and department only, nothing else about a host.  The "host"
 * property is the one the visitor tapped (a copy), or NULL.
 */

#define SEARCH_LIMIT 6

struct _FdKioskHostPicker
{
  GtkWidget     parent_instance;

  /* template widgets */
  GtkEntry     *host_entry;
  GtkListBox   *host_list;

  /* owned references */
  FdStore      *store;         /* where hosts are looked up */
  GCancellable *cancellable;   /* the search under way */
  GPtrArray    *hosts;         /* FdHost rows of host_list, in order */
  FdHost       *host;          /* a copy of the chosen host, or NULL */

  FdLang        lang;          /* of the "no one found" row */
};

G_DEFINE_FINAL_TYPE (FdKioskHostPicker, fd_kiosk_host_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HOST,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
set_host (FdKioskHostPicker *self,
          const FdHost      *host)
{
  if (self->host == NULL && host == NULL)
    return;
  if (self->host != NULL && host != NULL && self->host->id == host->id)
    return;
  g_clear_pointer (&self->host, fd_host_free);
  if (host != NULL)
    self->host = fd_host_copy (host);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOST]);
}

static void
clear_list (FdKioskHostPicker *self)
{
  fd_ui_list_clear (self->host_list);
  g_ptr_array_set_size (self->hosts, 0);
}

static void
show_none (FdKioskHostPicker *self,
           const char        *message)
{
  GtkWidget *label = gtk_label_new (fd_tr (self->lang, message));
  GtkListBoxRow *row;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "kiosk-host-none");
  gtk_list_box_append (self->host_list, label);
  row = GTK_LIST_BOX_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->host_list)));
  gtk_list_box_row_set_selectable (row, FALSE);
  gtk_list_box_row_set_activatable (row, FALSE);
}

/* Shows the chosen host's row as selected. */
static void
select_chosen_row (FdKioskHostPicker *self)
{
  for (guint i = 0; i < self->hosts->len; i++)
    if (self->host != NULL && ((FdHost *) self->hosts->pdata[i])->id == self->host->id)
      gtk_list_box_select_row (self->host_list, gtk_list_box_get_row_at_index (self->host_list, (int) i));
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdKioskHostPicker *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = fd_store_search_hosts_finish (FD_STORE (source), result, &error);
  g_autofree char *typed = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_KIOSK_HOST_PICKER (user_data);
  clear_list (self);

  if (hosts == NULL)
    {
      show_none (self, N_("The list of people cannot be read right now. Please ask at reception."));
      return;
    }
  if (hosts->len == 0)
    {
      show_none (self, N_("No one by that name. Please check the name, or ask at reception."));
      return;
    }
  for (guint i = 0; i < hosts->len; i++)
    gtk_list_box_append (self->host_list, fd_kiosk_host_row_new (g_ptr_array_index (hosts, i)));
  g_ptr_array_extend_and_steal (self->hosts, g_steal_pointer (&hosts));

  /* The one person of exactly the name typed is chosen: no extra tap.  Two
   * people of that name (two 张伟) wait for the visitor's choice. */
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->host_entry))));
  if (self->host == NULL && self->hosts->len == 1 &&
      g_strcmp0 (((FdHost *) self->hosts->pdata[0])->name, typed) == 0)
    set_host (self, self->hosts->pdata[0]);
  select_chosen_row (self);
}

static void
search (FdKioskHostPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->host_entry));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || fd_text_normalize (text, FD_MAX_NAME, NULL) != FD_INVALID_NONE)
    {
      clear_list (self);
      return;
    }
  self->cancellable = g_cancellable_new ();
  fd_store_search_hosts_async (self->store, text, SEARCH_LIMIT, self->cancellable,
                               search_done_cb, self);
}

static void
search_changed_cb (FdKioskHostPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->host_entry));

  /* Typing another name means choosing again: the same name may belong to
   * someone in another department. */
  if (self->host != NULL && g_strcmp0 (text, self->host->name) != 0)
    set_host (self, NULL);
  search (self);
}

/* Enter takes the first person found, as a tap on the first row would. */
static void
search_activate_cb (FdKioskHostPicker *self)
{
  if (self->hosts->len > 0)
    {
      if (self->host == NULL)
        set_host (self, self->hosts->pdata[0]);
      select_chosen_row (self);
    }
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
row_selected_cb (FdKioskHostPicker *self,
                 GtkListBoxRow     *row)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->hosts->len)
    return;
  set_host (self, g_ptr_array_index (self->hosts, index));
}

void
fd_kiosk_host_picker_set_store (FdKioskHostPicker *self,
                                FdStore           *store)
{
  g_return_if_fail (FD_IS_KIOSK_HOST_PICKER (self));
  g_set_object (&self->store, store);
}

/* The search runs again, for the "no one found" row's language. */
void
fd_kiosk_host_picker_set_lang (FdKioskHostPicker *self,
                               FdLang             lang)
{
  g_return_if_fail (FD_IS_KIOSK_HOST_PICKER (self));

  self->lang = lang;
  g_object_set (self->host_entry, "placeholder-text",
                fd_tr (lang, N_("Type the name of the person you are visiting")), NULL);
  search (self);
}

/* @label names the search field and the list for a screen reader. */
void
fd_kiosk_host_picker_label (FdKioskHostPicker *self,
                            GtkLabel          *label,
                            GtkLabel          *error)
{
  g_return_if_fail (FD_IS_KIOSK_HOST_PICKER (self));

  fd_kiosk_label_field (self->host_entry, label, error);
  fd_kiosk_label_field (self->host_list, label, NULL);
}

const FdHost *
fd_kiosk_host_picker_get_host (FdKioskHostPicker *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_HOST_PICKER (self), NULL);
  return self->host;
}

/* Chooses @host, as "not sure whom to see" does after a topic. */
void
fd_kiosk_host_picker_set_host (FdKioskHostPicker *self,
                               const FdHost      *host)
{
  g_return_if_fail (FD_IS_KIOSK_HOST_PICKER (self));

  set_host (self, host);
  gtk_editable_set_text (GTK_EDITABLE (self->host_entry), host != NULL ? host->name : "");
}

/* How many people the last search found. */
guint
fd_kiosk_host_picker_get_n_results (FdKioskHostPicker *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_HOST_PICKER (self), 0);
  return self->hosts->len;
}

/* Forgets the search, its results and the choice. */
void
fd_kiosk_host_picker_clear (FdKioskHostPicker *self)
{
  g_return_if_fail (FD_IS_KIOSK_HOST_PICKER (self));

  /* GtkEntryBuffer overwrites deleted text, so no copy stays in memory. */
  gtk_editable_set_text (GTK_EDITABLE (self->host_entry), "");
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_list (self);
  set_host (self, NULL);
}

static gboolean
fd_kiosk_host_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_HOST_PICKER (widget)->host_entry));
}

static void
fd_kiosk_host_picker_dispose (GObject *object)
{
  FdKioskHostPicker *self = FD_KIOSK_HOST_PICKER (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_KIOSK_HOST_PICKER);
  G_OBJECT_CLASS (fd_kiosk_host_picker_parent_class)->dispose (object);
}

static void
fd_kiosk_host_picker_finalize (GObject *object)
{
  FdKioskHostPicker *self = FD_KIOSK_HOST_PICKER (object);

  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  g_clear_pointer (&self->host, fd_host_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fd_kiosk_host_picker_parent_class)->finalize (object);
}

static void
fd_kiosk_host_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FdKioskHostPicker *self = FD_KIOSK_HOST_PICKER (object);

  switch (prop_id)
    {
    case PROP_HOST:
      g_value_set_pointer (value, self->host);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_kiosk_host_picker_class_init (FdKioskHostPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_kiosk_host_picker_dispose;
  object_class->finalize = fd_kiosk_host_picker_finalize;
  object_class->get_property = fd_kiosk_host_picker_get_property;
  widget_class->grab_focus = fd_kiosk_host_picker_grab_focus;

  /**
   * FdKioskHostPicker:host: (type FdHost)
   *
   * The host the visitor chose, or %NULL.
   */
  properties[PROP_HOST] =
    g_param_spec_pointer ("host", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdKioskHostPicker::activate:
   *
   * Enter in the search field: the first person found is chosen.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-host-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskHostPicker, host_entry);
  gtk_widget_class_bind_template_child (widget_class, FdKioskHostPicker, host_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fd_kiosk_host_picker_init (FdKioskHostPicker *self)
{
  self->hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
