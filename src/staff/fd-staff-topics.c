/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include <json-glib/json-glib.h>

#include "fd-settings.h"
#include "fd-ui.h"

/*
 * REC-3 on the administration page: what visitors who are not sure whom to
 * see come for, each routed to a department's contact.  The list is the
 * site setting kiosk_topics; kiosks show a change after their next visitor.
 */

struct _FdStaffTopics
{
  FdStaffWindow *window;   /* not owned */

  GtkWidget     *list;     /* GtkListBox, one row per topic */
  GtkWidget     *zh;
  GtkWidget     *en;
  GtkWidget     *host;     /* GtkDropDown over hosts */
  GtkWidget     *add;
  JsonArray     *topics;   /* as stored */
  GArray        *ids;      /* active hosts' ids, in the drop-down's order */
  GPtrArray     *names;    /* their names */
};

#define LANG(topics) ((topics)->window->lang)

static const char *
host_name (FdStaffTopics *topics,
           gint64         id)
{
  for (guint i = 0; i < topics->ids->len; i++)
    if (g_array_index (topics->ids, gint64, i) == id)
      return topics->names->pdata[i];
  return NULL;
}

static gpointer
save_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  FdStaffJob *job = data;

  return fd_store_change_setting (store, job->session, "kiosk_topics", job->values[0], error)
         ? GINT_TO_POINTER (1) : NULL;
}

/* Stores @array (taken) as the site's topics. */
static void
save (FdStaffTopics *topics,
      JsonArray     *array)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  FdStaffJob *job = fd_staff_job_new (topics->window, 0);

  json_node_take_array (node, array);
  job->values[0] = json_to_string (node, FALSE);
  fd_staff_window_run (topics->window, save_job, job, (GDestroyNotify) fd_staff_job_free,
                       fd_tr (LANG (topics), N_("Topics saved; each kiosk shows them from its next visitor.")));
}

static void fill (FdStaffTopics *topics);

static void
remove_clicked_cb (GtkButton     *button,
                   FdStaffTopics *topics)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fd-topic"));
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; i < json_array_get_length (topics->topics); i++)
    if (i != index)
      json_array_add_element (array, json_node_copy (json_array_get_element (topics->topics, i)));
  g_clear_pointer (&topics->topics, json_array_unref);
  topics->topics = json_array_ref (array);
  fill (topics);
  save (topics, g_steal_pointer (&array));
}

static void
add_clicked_cb (FdStaffTopics *topics)
{
  g_autofree char *zh = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (topics->zh))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (topics->en))));
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (topics->host));
  g_autoptr(JsonArray) array = NULL;
  JsonObject *topic;

  if (*zh == '\0' || chosen >= topics->ids->len)
    {
      fd_staff_window_show_error (topics->window, fd_tr (LANG (topics), N_("Give the topic in Chinese and choose the contact who helps with it.")));
      return;
    }
  topic = json_object_new ();
  json_object_set_string_member (topic, "zh", zh);
  json_object_set_string_member (topic, "en", *en != '\0' ? en : zh);
  json_object_set_int_member (topic, "host_id", g_array_index (topics->ids, gint64, chosen));
  array = json_array_new ();
  for (guint i = 0; i < json_array_get_length (topics->topics); i++)
    json_array_add_element (array, json_node_copy (json_array_get_element (topics->topics, i)));
  json_array_add_object_element (array, topic);
  g_clear_pointer (&topics->topics, json_array_unref);
  topics->topics = json_array_ref (array);
  gtk_editable_set_text (GTK_EDITABLE (topics->zh), "");
  gtk_editable_set_text (GTK_EDITABLE (topics->en), "");
  fill (topics);
  save (topics, g_steal_pointer (&array));
}

static void
fill (FdStaffTopics *topics)
{
  fd_staff_list_clear (topics->list);
  for (guint i = 0; topics->topics != NULL && i < json_array_get_length (topics->topics); i++)
    {
      JsonObject *topic = json_array_get_object_element (topics->topics, i);
      const char *contact = topic != NULL ? host_name (topics, json_object_get_int_member_with_default (topic, "host_id", 0))
                                          : NULL;
      g_autofree char *text = NULL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
      GtkWidget *label, *button;

      if (topic == NULL)
        continue;
      /* Translators: %1$s the topic in Chinese, %2$s in English, %3$s its contact. */
      text = g_strdup_printf (fd_tr (LANG (topics), N_("%1$s / %2$s → %3$s")),
                              json_object_get_string_member_with_default (topic, "zh", ""),
                              json_object_get_string_member_with_default (topic, "en", ""),
                              contact != NULL ? contact : fd_tr (LANG (topics), N_("(contact has left: not shown)")));
      label = fd_staff_label (text, NULL);
      gtk_widget_set_hexpand (label, TRUE);
      button = gtk_button_new_with_label (fd_tr (LANG (topics), N_("Remove")));
      gtk_widget_set_name (button, "topic-remove");
      g_object_set_data (G_OBJECT (button), "fd-topic", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), topics);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_widget_add_css_class (box, "staff-row");
      gtk_list_box_append (GTK_LIST_BOX (topics->list), box);
    }
}

/* Takes what the administration page loaded: the stored JSON and every
 * host; the drop-down offers the active ones. */
void
fd_staff_topics_fill (FdStaffTopics *topics,
                      const char    *json,
                      GPtrArray     *hosts)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) parsed = fd_topics_parse (json, NULL);

  /* Only what the kiosk can show: a setting that is not a list of topics
   * shows as an empty list, and the next change replaces it. */
  g_clear_pointer (&topics->topics, json_array_unref);
  topics->topics = json_array_new ();
  for (guint i = 0; parsed != NULL && i < parsed->len; i++)
    {
      FdTopic *entry = parsed->pdata[i];
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "zh", entry->zh);
      json_object_set_string_member (object, "en", entry->en);
      json_object_set_int_member (object, "host_id", entry->host_id);
      json_array_add_object_element (topics->topics, object);
    }
  g_array_set_size (topics->ids, 0);
  g_ptr_array_set_size (topics->names, 0);
  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = hosts->pdata[i];
      g_autofree char *name = NULL;

      if (!host->active)
        continue;
      name = g_strdup_printf ("%s (%s)", host->name, host->department);
      gtk_string_list_append (names, name);
      g_array_append_val (topics->ids, host->id);
      g_ptr_array_add (topics->names, g_strdup (host->name));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (topics->host), G_LIST_MODEL (names));
  fill (topics);
}

FdStaffTopics *
fd_staff_topics_new (FdStaffWindow *window,
                     GtkBox        *box)
{
  FdStaffTopics *topics = g_new0 (FdStaffTopics, 1);
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  topics->window = window;
  topics->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  topics->names = g_ptr_array_new_with_free_func (g_free);
  topics->list = gtk_list_box_new ();
  gtk_widget_set_name (topics->list, "topics");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (topics->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (topics->list, "boxed-list");
  topics->zh = gtk_entry_new ();
  gtk_widget_set_name (topics->zh, "topic-zh");
  gtk_entry_set_placeholder_text (GTK_ENTRY (topics->zh), fd_tr (LANG (topics), N_("Topic in Chinese, e.g. 产品咨询")));
  topics->en = gtk_entry_new ();
  gtk_widget_set_name (topics->en, "topic-en");
  gtk_entry_set_placeholder_text (GTK_ENTRY (topics->en), fd_tr (LANG (topics), N_("In English, e.g. Our products")));
  topics->host = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_name (topics->host, "topic-host");
  topics->add = gtk_button_new_with_label (fd_tr (LANG (topics), N_("Add")));
  gtk_widget_set_name (topics->add, "topic-add");
  gtk_widget_set_hexpand (topics->zh, TRUE);
  gtk_widget_set_hexpand (topics->en, TRUE);
  gtk_box_append (GTK_BOX (form), topics->zh);
  gtk_box_append (GTK_BOX (form), topics->en);
  gtk_box_append (GTK_BOX (form), topics->host);
  gtk_box_append (GTK_BOX (form), topics->add);
  gtk_widget_add_css_class (form, "staff-form");

  gtk_box_append (box, fd_staff_label (fd_tr (LANG (topics), N_("Visitors who are not sure whom to see")), "staff-section"));
  gtk_box_append (box, fd_staff_label (fd_tr (LANG (topics), N_("The kiosk offers these topics and routes each to a department's contact.")), "dim-label"));
  gtk_box_append (box, form);
  gtk_box_append (box, topics->list);
  g_signal_connect_swapped (topics->add, "clicked", G_CALLBACK (add_clicked_cb), topics);
  return topics;
}

void
fd_staff_topics_free (FdStaffTopics *topics)
{
  g_clear_pointer (&topics->topics, json_array_unref);
  g_array_unref (topics->ids);
  g_ptr_array_unref (topics->names);
  g_free (topics);
}
