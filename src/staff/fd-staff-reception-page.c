/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-reception-page-private.h"

#include "fd-notify.h"
#include "fd-staff-alert-row.h"
#include "fd-staff-invitation-row.h"
#include "fd-staff-left-row.h"
#include "fd-staff-visit-row.h"
#include "fd-ui.h"

/*
 * The receptionist's page: who is on site now, kept current from the
 * database's change signal (another process registering a visitor shows up
 * within a second), with what reception does for each visitor as
 * reception.* actions: confirm a held badge (REG-3), print or reissue it
 * (REG-7), check out (REG-4), FAQ-1's steps when the host does not come,
 * alerts to handle (REG-6), and invitations.
 */

G_DEFINE_FINAL_TYPE (FdStaffReceptionPage, fd_staff_reception_page, FD_TYPE_STAFF_PAGE)

enum {
  SIGNAL_LOADED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)
#define LANG(self) fd_staff_page_get_lang (FD_STAFF_PAGE (self))

/* Reading what the page shows. */

typedef struct {
  GPtrArray  *visits;
  GHashTable *notices;   /* visit id → FdHostNotice, for those on site */
  GPtrArray  *alerts;
  GPtrArray *expected;  /* today */
  GPtrArray *upcoming;  /* from tomorrow on */
  GPtrArray *left;
  char      *today;
  gint64     now_ms;
  gint64     wait_minutes;
  char      *badge_fee;
  char      *company;
  char      *company_en;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->visits, g_ptr_array_unref);
  g_clear_pointer (&loaded->notices, g_hash_table_unref);
  g_clear_pointer (&loaded->alerts, g_ptr_array_unref);
  g_clear_pointer (&loaded->expected, g_ptr_array_unref);
  g_clear_pointer (&loaded->upcoming, g_ptr_array_unref);
  g_clear_pointer (&loaded->left, g_ptr_array_unref);
  g_free (loaded->today);
  g_free (loaded->badge_fee);
  g_free (loaded->company);
  g_free (loaded->company_en);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

/* Held badges first: they wait for a person. */
static int
held_first (gconstpointer a,
            gconstpointer b)
{
  const FdVisit *va = *(FdVisit **) a;
  const FdVisit *vb = *(FdVisit **) b;

  return (vb->badge_state == FD_BADGE_HELD) - (va->badge_state == FD_BADGE_HELD);
}

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autoptr(GPtrArray) since = NULL;
  g_autoptr(GPtrArray) coming = NULL;
  FdVisitQuery query = { NULL, 0, 0, 0, 0, TRUE };
  gint64 day_end;

  loaded->today = fd_store_today (store);
  loaded->visits = fd_store_list_visits (store, data, FD_VISITS_ON_SITE, error);
  if (loaded->visits == NULL)
    return NULL;
  g_ptr_array_sort (loaded->visits, held_first);
  loaded->notices = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) fd_host_notice_free);
  for (guint i = 0; i < loaded->visits->len; i++)
    {
      FdVisit *visit = loaded->visits->pdata[i];
      FdHostNotice *notice = visit->host_met_ms == 0 ? fd_store_get_host_notice (store, data, visit, NULL)
                                                     : NULL;

      if (notice != NULL)
        g_hash_table_insert (loaded->notices, g_memdup2 (&visit->id, sizeof visit->id), notice);
    }
  loaded->alerts = fd_store_list_open_alerts (store, data, error);
  if (loaded->alerts == NULL)
    return NULL;
  coming = fd_store_list_upcoming_invitations (store, data, loaded->today, error);
  if (coming == NULL)
    return NULL;
  loaded->expected = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_invitation_free);
  loaded->upcoming = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_invitation_free);
  for (guint i = 0; i < coming->len; i++)
    {
      FdInvitation *invitation = coming->pdata[i];

      g_ptr_array_add (g_str_equal (invitation->day, loaded->today) ? loaded->expected : loaded->upcoming,
                       g_steal_pointer (&coming->pdata[i]));
    }
  fd_day_range (loaded->today, &query.from_ms, &day_end);
  since = fd_store_find_visits (store, data, &query, error);
  if (since == NULL)
    return NULL;
  loaded->left = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  for (guint i = 0; i < since->len; i++)
    if (((FdVisit *) since->pdata[i])->state == FD_VISIT_LEFT)
      g_ptr_array_add (loaded->left, g_steal_pointer (&since->pdata[i]));
  loaded->wait_minutes = fd_store_host_wait_minutes (store);
  loaded->badge_fee = fd_store_get_setting (store, "badge_fee", "");
  loaded->company = fd_store_get_setting (store, "company_name", "");
  loaded->company_en = fd_store_get_setting (store, "company_name_en", "");
  loaded->now_ms = fd_store_now_ms (store);
  return g_steal_pointer (&loaded);
}

/* The SOP's words for the step at hand: identity and host first (REG-3),
 * then the badge and the farewell (REG-4, REC-5); with nobody waiting, the
 * welcome and what to say to a visitor who will not register (REC-1,
 * REG-6). */
static void
update_prompt (FdStaffReceptionPage *self,
               guint                 n_held)
{
  const char *company = self->company != NULL && *self->company != '\0'
                        ? self->company : tr (self, N_("our company"));
  g_autofree char *text = NULL;

  if (n_held > 0)
    text = g_strdup (tr (self, N_("Ask for the visitor's ID, check it against the registration and confirm the host: “You are here to see Mr/Ms … of …? Let me confirm for you.” Then print the badge. A watchlist match: call security first.")));
  else if (self->visits->len > 0)
    text = g_strdup (tr (self, N_("Handing over the badge: “This is your visitor badge. Please keep it with you and return it when you leave.” On the way out: take the badge back, check the declared items, “Please take all your belongings. Goodbye, and welcome back!”")));
  else
    /* Translators: %s is the company's name. */
    text = g_strdup_printf (tr (self, N_("“Hello, welcome to %s!” Every visitor registers at the kiosk. To one who will not: “It is company policy, for your safety and ours; thank you for understanding.” If they still refuse, call security.")),
                            company);
  gtk_label_set_text (self->prompt_label, text);
}

static void
update_texts (FdStaffReceptionPage *self,
              guint                 n_expected,
              guint                 n_upcoming,
              guint                 n_left,
              guint                 n_unreturned)
{
  guint n_held = 0;
  g_autofree char *count = NULL;
  g_autofree char *confirm = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *upcoming = NULL;
  g_autofree char *left = NULL;

  for (guint i = 0; i < self->visits->len; i++)
    n_held += ((FdVisit *) self->visits->pdata[i])->badge_state == FD_BADGE_HELD;
  count = g_strdup_printf (tr (self, N_("On site: %u")), self->visits->len - n_held);
  confirm = g_strdup_printf (tr (self, N_("To confirm (%u)")), n_held);
  expected = g_strdup_printf (tr (self, N_("Expected today (%u)")), n_expected);
  upcoming = g_strdup_printf (tr (self, N_("Invited for later days (%u)")), n_upcoming);
  if (n_unreturned > 0)
    /* Translators: %1$u visitors who left today, %2$u of them kept their badge. */
    left = g_strdup_printf (tr (self, N_("Left today (%1$u) · badges not returned: %2$u")), n_left, n_unreturned);
  else
    left = g_strdup_printf (tr (self, N_("Left today (%u)")), n_left);

  gtk_label_set_text (self->heading, tr (self, N_("Visitors on site")));
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->confirm_heading, confirm);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_heading), n_held > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_list), n_held > 0);
  gtk_label_set_text (self->expected_heading, expected);
  gtk_label_set_text (self->upcoming_heading, upcoming);
  gtk_widget_set_visible (GTK_WIDGET (self->upcoming_heading), n_upcoming > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->upcoming_list), n_upcoming > 0);
  gtk_label_set_text (self->left_heading, left);
  gtk_widget_set_visible (GTK_WIDGET (self->left_list), n_left > 0);
  gtk_button_set_label (self->invite_button, tr (self, N_("Invite a visitor…")));
  update_prompt (self, n_held);
}

/* The visitor row and the named control in it that have the keyboard
 * focus, if any: 0 and NULL otherwise. */
static gint64
focused_control (FdStaffReceptionPage  *self,
                 char                 **name)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, FD_TYPE_STAFF_VISIT_ROW) : NULL;

  *name = NULL;
  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self)))
    return 0;
  for (GtkWidget *w = focus; w != NULL && w != row; w = gtk_widget_get_parent (w))
    if (*gtk_widget_get_name (w) != '\0' && !g_str_has_prefix (gtk_widget_get_name (w), "Gtk"))
      {
        *name = g_strdup (gtk_widget_get_name (w));
        break;
      }
  return fd_staff_visit_row_get_visit (FD_STAFF_VISIT_ROW (row))->id;
}

/* The widget named @name under @root (or @root itself). */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
show_loaded (FdStaffReceptionPage *self,
             Loaded               *loaded)
{
  /* Tried at the desk: each change in the database (a kiosk's check-in, a
   * message to a host tried again) rebuilt the lists under the pointer and
   * the keyboard focus, which went back to the top of the window.  A list
   * is rebuilt only when its rows show something else, and then the focus
   * returns to the same control of the same visitor. */
  g_autofree char *focus_name = NULL;
  gint64 focus_visit = focused_control (self, &focus_name);
  FdStaffRowContext context = {
    .lang = LANG (self),
    .now_ms = loaded->now_ms,
    .wait_minutes = loaded->wait_minutes,
    .can_print = self->print_settings != NULL,
  };
  guint n_shown = 0, n_unreturned = 0;
  GPtrArray *rows, *held_rows;

  g_free (self->badge_fee);
  self->badge_fee = g_steal_pointer (&loaded->badge_fee);
  g_free (self->company);
  if (LANG (self) == FD_LANG_EN && *loaded->company_en != '\0')
    self->company = g_steal_pointer (&loaded->company_en);
  else
    self->company = g_steal_pointer (&loaded->company);

  g_ptr_array_set_size (self->alerts, 0);
  g_ptr_array_extend_and_steal (self->alerts, g_steal_pointer (&loaded->alerts));
  rows = g_ptr_array_new ();
  for (guint i = 0; i < self->alerts->len; i++)
    g_ptr_array_add (rows, fd_staff_alert_row_new (self->alerts->pdata[i], LANG (self), "reception.handle-alert"));
  fd_ui_list_replace (self->alert_list, g_steal_pointer (&rows), &self->shown[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), self->alerts->len > 0);

  g_ptr_array_set_size (self->visits, 0);
  g_ptr_array_extend_and_steal (self->visits, g_steal_pointer (&loaded->visits));
  rows = g_ptr_array_new ();
  held_rows = g_ptr_array_new ();
  for (guint i = 0; i < self->visits->len; i++)
    {
      FdVisit *visit = self->visits->pdata[i];
      gboolean held = visit->badge_state == FD_BADGE_HELD;

      g_ptr_array_add (held ? held_rows : rows,
                       fd_staff_visit_row_new (visit, g_hash_table_lookup (loaded->notices, &visit->id), &context));
      n_shown += !held;
    }
  if (n_shown == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (tr (self, N_("No visitors on site."))));
  fd_ui_list_replace (self->visit_list, g_steal_pointer (&rows), &self->shown[1]);
  fd_ui_list_replace (self->confirm_list, g_steal_pointer (&held_rows), &self->shown[2]);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < loaded->expected->len; i++)
    g_ptr_array_add (rows, fd_staff_invitation_row_new (loaded->expected->pdata[i], loaded->today, LANG (self)));
  fd_ui_list_replace (self->expected_list, g_steal_pointer (&rows), &self->shown[3]);
  /* "Expected today (0)" says it: an empty list takes no room from the
   * visitors on site. */
  gtk_widget_set_visible (GTK_WIDGET (self->expected_list), loaded->expected->len > 0);
  rows = g_ptr_array_new ();
  for (guint i = 0; i < loaded->upcoming->len; i++)
    g_ptr_array_add (rows, fd_staff_invitation_row_new (loaded->upcoming->pdata[i], loaded->today, LANG (self)));
  fd_ui_list_replace (self->upcoming_list, g_steal_pointer (&rows), &self->shown[4]);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < loaded->left->len; i++)
    {
      g_ptr_array_add (rows, fd_staff_left_row_new (loaded->left->pdata[i], LANG (self)));
      n_unreturned += fd_staff_visit_owes_badge (loaded->left->pdata[i]);
    }
  fd_ui_list_replace (self->left_list, g_steal_pointer (&rows), &self->shown[5]);
  update_texts (self, loaded->expected->len, loaded->upcoming->len, loaded->left->len, n_unreturned);
  if (focus_visit != 0)
    {
      GtkWidget *row = fd_staff_reception_page_find_row (self, focus_visit);
      GtkWidget *control = row != NULL && focus_name != NULL ? find_named (row, focus_name) : row;

      if (control != NULL)
        gtk_widget_grab_focus (control);
    }
  g_signal_emit (self, signals[SIGNAL_LOADED], 0);
}

static void
loaded_cb (FdStaffPage *page,
           gpointer     loaded)
{
  show_loaded (FD_STAFF_RECEPTION_PAGE (page), loaded);
}

static void
fd_staff_reception_page_reload (FdStaffPage *page)
{
  fd_staff_page_load (page, load_job, (GDestroyNotify) loaded_free, loaded_cb,
                      fd_staff_page_tr (page, N_("The list of visitors cannot be read right now. It will be tried again.")));
}

/* A lock forgets every visitor the page showed. */
static void
fd_staff_reception_page_session_changed (FdStaffPage *page)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (page);
  GtkListBox *lists[] = { self->alert_list, self->confirm_list, self->visit_list, self->expected_list,
                          self->upcoming_list, self->left_list };

  g_ptr_array_set_size (self->visits, 0);
  g_ptr_array_set_size (self->alerts, 0);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    fd_ui_list_clear (lists[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->shown); i++)
    g_clear_pointer (&self->shown[i], g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), FALSE);
  update_texts (self, 0, 0, 0, 0);
  if (fd_staff_page_get_session (page) != NULL)
    fd_staff_page_reload (page);
  g_signal_emit (self, signals[SIGNAL_LOADED], 0);
}

static void
fd_staff_reception_page_apply_lang (FdStaffPage *page)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (page);

  update_texts (self, 0, 0, 0, 0);
}

static void
fd_staff_reception_page_finalize (GObject *object)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (object);

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_free (self->badge_fee);
  g_free (self->company);
  for (guint i = 0; i < G_N_ELEMENTS (self->shown); i++)
    g_free (self->shown[i]);
  G_OBJECT_CLASS (fd_staff_reception_page_parent_class)->finalize (object);
}

static void
fd_staff_reception_page_class_init (FdStaffReceptionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  object_class->finalize = fd_staff_reception_page_finalize;
  page_class->apply_lang = fd_staff_reception_page_apply_lang;
  page_class->session_changed = fd_staff_reception_page_session_changed;
  page_class->reload = fd_staff_reception_page_reload;

  /**
   * FdStaffReceptionPage::loaded:
   *
   * The lists were redrawn from the database (or emptied by a lock).
   */
  signals[SIGNAL_LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  fd_staff_reception_page_install_actions (widget_class);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-reception-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffReceptionPage, name)
  BIND (prompt_label);
  BIND (alert_list);
  BIND (confirm_heading);
  BIND (confirm_list);
  BIND (heading);
  BIND (count_label);
  BIND (visit_list);
  BIND (expected_heading);
  BIND (invite_button);
  BIND (expected_list);
  BIND (upcoming_heading);
  BIND (upcoming_list);
  BIND (left_heading);
  BIND (left_list);
#undef BIND
}

static void
fd_staff_reception_page_init (FdStaffReceptionPage *self)
{
  self->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  self->alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_alert_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_reception_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_RECEPTION_PAGE, "store", store, NULL);
}

/**
 * fd_staff_reception_page_set_print_settings:
 * @settings: (nullable): where badges print
 */
void
fd_staff_reception_page_set_print_settings (FdStaffReceptionPage  *self,
                                            const FdPrintSettings *settings)
{
  g_return_if_fail (FD_IS_STAFF_RECEPTION_PAGE (self));

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  if (settings != NULL)
    self->print_settings = fd_print_settings_copy (settings);
  fd_staff_page_reload (FD_STAFF_PAGE (self));
}

/**
 * fd_staff_reception_page_get_visits:
 *
 * Returns: (transfer none) (element-type FdVisit): the visits on site the
 *   page shows, held badges first.
 */
GPtrArray *
fd_staff_reception_page_get_visits (FdStaffReceptionPage *self)
{
  g_return_val_if_fail (FD_IS_STAFF_RECEPTION_PAGE (self), NULL);
  return self->visits;
}

/**
 * fd_staff_reception_page_get_alerts:
 *
 * Returns: (transfer none) (element-type FdAlert): the open alerts shown.
 */
GPtrArray *
fd_staff_reception_page_get_alerts (FdStaffReceptionPage *self)
{
  g_return_val_if_fail (FD_IS_STAFF_RECEPTION_PAGE (self), NULL);
  return self->alerts;
}

/**
 * fd_staff_reception_page_find_row:
 *
 * Returns: (transfer none) (nullable): the FdStaffVisitRow of a visitor on
 *   site, to confirm or on site.
 */
GtkWidget *
fd_staff_reception_page_find_row (FdStaffReceptionPage *self,
                                  gint64                visit_id)
{
  GtkListBox *lists[] = { self->confirm_list, self->visit_list };

  g_return_val_if_fail (FD_IS_STAFF_RECEPTION_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (lists[i])); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (FD_IS_STAFF_VISIT_ROW (row) &&
          fd_staff_visit_row_get_visit (FD_STAFF_VISIT_ROW (row))->id == visit_id)
        return row;
  return NULL;
}
