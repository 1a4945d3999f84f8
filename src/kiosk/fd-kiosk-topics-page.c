/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-topics-page.h"

#include "fd-settings.h"
#include "fd-ui.h"

/*
 * Not sure whom to see (REC-3): the site's topics, each routed to a
 * department's contact.  Set with the "kiosk_topics" setting:
 * [{"zh": "产品咨询", "en": "Products", "host_id": 1}, …].  A tap emits
 * "chosen" with the contact and the topic, which the form takes.
 */

struct _FdKioskTopicsPage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *topics_title;
  GtkFlowBox  *topics_box;
  GtkButton   *topics_back_button;

  GPtrArray   *topics;  /* FdSiteTopic, one per button, in order */
};

G_DEFINE_FINAL_TYPE (FdKioskTopicsPage, fd_kiosk_topics_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_CHOSEN,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char *
topic_text (FdKioskTopicsPage  *self,
            const FdSiteTopic *topic)
{
  return fd_kiosk_page_get_lang (FD_KIOSK_PAGE (self)) == FD_LANG_ZH ? topic->zh : topic->en;
}

static void
topic_clicked_cb (GtkButton         *button,
                  FdKioskTopicsPage *self)
{
  int index = gtk_flow_box_child_get_index (GTK_FLOW_BOX_CHILD (gtk_widget_get_parent (GTK_WIDGET (button))));
  FdSiteTopic *topic;

  g_assert (index >= 0 && (guint) index < self->topics->len);
  topic = g_ptr_array_index (self->topics, index);
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, topic->host, topic_text (self, topic));
}

/**
 * fd_kiosk_topics_page_set_topics:
 * @topics: (transfer none) (element-type FdSiteTopic): the site's
 *   (fd_store_load_site())
 *
 * Shows @topics as the page's buttons.
 */
void
fd_kiosk_topics_page_set_topics (FdKioskTopicsPage *self,
                                 GPtrArray         *topics)
{
  GtkWidget *child;

  g_return_if_fail (FD_IS_KIOSK_TOPICS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_flow_box_remove (self->topics_box, child);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  self->topics = g_ptr_array_ref (topics);
  for (guint i = 0; i < self->topics->len; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (topic_text (self, g_ptr_array_index (self->topics, i)));

      gtk_widget_add_css_class (button, "kiosk-big");
      g_signal_connect (button, "clicked", G_CALLBACK (topic_clicked_cb), self);
      gtk_flow_box_append (self->topics_box, button);
    }
}

/* FdKioskPage. */

static void
fd_kiosk_topics_page_apply_lang (FdKioskPage *page)
{
  FdKioskTopicsPage *self = FD_KIOSK_TOPICS_PAGE (page);
  GtkWidget *child;
  guint i = 0;

  /* Translators: REC-3. */
  gtk_label_set_text (self->topics_title, fd_kiosk_page_tr (page, N_("What would you like to do today? We will put you in touch with the right department.")));
  gtk_button_set_label (self->topics_back_button, fd_kiosk_page_tr (page, N_("Back")));
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      gtk_button_set_label (GTK_BUTTON (button), topic_text (self, g_ptr_array_index (self->topics, i)));
    }
}

static void
fd_kiosk_topics_page_finalize (GObject *object)
{
  g_clear_pointer (&FD_KIOSK_TOPICS_PAGE (object)->topics, g_ptr_array_unref);
  G_OBJECT_CLASS (fd_kiosk_topics_page_parent_class)->finalize (object);
}

static void
fd_kiosk_topics_page_class_init (FdKioskTopicsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->finalize = fd_kiosk_topics_page_finalize;
  page_class->apply_lang = fd_kiosk_topics_page_apply_lang;

  /**
   * FdKioskTopicsPage::chosen:
   * @host: (type FdHost): the topic's contact
   * @purpose: the topic, in the visitor's language
   */
  signals[SIGNAL_CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-topics-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskTopicsPage, topics_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskTopicsPage, topics_box);
  gtk_widget_class_bind_template_child (widget_class, FdKioskTopicsPage, topics_back_button);
}

static void
fd_kiosk_topics_page_init (FdKioskTopicsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->topics = g_ptr_array_new ();
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->topics_box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->topics_title, NULL, -1);
}
