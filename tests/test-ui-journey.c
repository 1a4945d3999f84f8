/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* Every path through the kiosk, in both languages, as the visitor sees it:
 * invitation, walk-in, not sure (REC-3), check-out (REC-5), refusal
 * (REG-6), watchlist, ID consent, kiosk mode; and what stays behind. */

typedef struct {
  FdStore       *store;
  FdKioskWindow *kiosk;
  GPtrArray     *pages;     /* the pages shown, in order */
  char          *folder;    /* where badges are saved */
} Fixture;

static void
page_cb (FdKioskWindow *kiosk,
         GParamSpec    *pspec,
         Fixture       *fixture)
{
  const char *page = fd_kiosk_window_get_page (kiosk);
  const char *last = fixture->pages->len > 0 ? g_ptr_array_index (fixture->pages, fixture->pages->len - 1) : NULL;

  if (g_strcmp0 (page, last) != 0)
    g_ptr_array_add (fixture->pages, g_strdup (page));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *key = NULL;
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);

  fixture->store = fd_test_store_new (TRUE);
  dir = fd_test_db_dir (fd_store_get_path (fixture->store));
  key = g_build_filename (dir, "frontdesk.key", NULL);
  fd_store_load_key (fixture->store, key, FD_LANG_EN, &error);
  g_assert_no_error (error);
  fixture->folder = g_build_filename (dir, "badges", NULL);
  settings->folder = g_strdup (fixture->folder);
  settings->size = FD_BADGE_CR80;

  fixture->kiosk = fd_kiosk_window_new (NULL, fixture->store);
  fd_kiosk_window_set_print_settings (fixture->kiosk, settings);
  fd_kiosk_window_set_lang (fixture->kiosk, GPOINTER_TO_INT (data));
  gtk_window_set_default_size (GTK_WINDOW (fixture->kiosk), 1280, 800);
  fixture->pages = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->kiosk, "notify::page", G_CALLBACK (page_cb), fixture);
  g_ptr_array_add (fixture->pages, g_strdup ("welcome"));
  gtk_window_present (GTK_WINDOW (fixture->kiosk));
  fd_test_ui_iterate (100);
}

static gboolean
only_owner (gpointer object)
{
  return G_OBJECT (object)->ref_count == 1;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->kiosk));
  /* Work still under way in worker threads (a badge being saved) holds the
   * store until it ends. */
  g_assert_true (fd_test_wait_until (only_owner, fixture->store, 10000));
  g_ptr_array_unref (fixture->pages);
  g_free (fixture->folder);
  g_assert_finalize_object (fixture->store);
}

typedef struct {
  FdKioskWindow *kiosk;
  const char    *page;
} PageWait;

static gboolean
on_page (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (fd_kiosk_window_get_page (wait->kiosk), wait->page) == 0;
}

static void
wait_page (FdKioskWindow *kiosk,
           const char    *page)
{
  PageWait wait = { kiosk, page };

  if (!fd_test_wait_until (on_page, &wait, 10000))
    g_error ("the kiosk shows “%s”, not “%s”", fd_kiosk_window_get_page (kiosk), page);
}

static const char *
shown (GtkLabel *label)
{
  return gtk_widget_is_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : "";
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gint64
last_visit (FdStore *store)
{
  g_autoptr(GPtrArray) visits = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ALL, NULL);

  g_assert_cmpuint (visits->len, >, 0);
  return ((FdVisit *) g_ptr_array_index (visits, 0))->id;
}

/* Invitation: scanned on the welcome page, then one tap. */
static void
test_invitation (Fixture       *fixture,
                 gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autofree char *today = fd_store_today (fixture->store);
  g_autofree char *code = NULL;
  g_autofree char *scanned = NULL;
  g_autoptr(FdInvitation) used = NULL;
  g_autoptr(FdVisit) visit = NULL;
  guint taps = 0;

  reg->name = g_strdup ("Anna Schmidt");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->company = g_strdup ("Muster GmbH");
  reg->purpose = g_strdup ("季度评审");
  reg->host_id = fd_test_host_id (fixture->store, "王芳", NULL);
  g_assert_cmpint (fd_store_add_invitation (fixture->store, fd_test_staff (), reg, today, &code, NULL), >, 0);
  scanned = g_strconcat ("FDI1-", code, NULL);

  /* The scanner types the code on the welcome page: no tap needed. */
  fd_kiosk_window_scan (kiosk, scanned);
  wait_page (kiosk, "invite_confirm");
  g_assert_nonnull (strstr (gtk_label_get_text (KIOSK (kiosk, invite_details)), "Anna Schmidt"));
  g_assert_nonnull (strstr (gtk_label_get_text (KIOSK (kiosk, invite_details)), "市场部"));
  g_assert_nonnull (strstr (gtk_label_get_text (KIOSK (kiosk, invite_details)), T ("王芳女士", "Ms 王芳")));

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_confirm_button)));
  taps++;
  wait_page (kiosk, "done");
  g_assert_cmpuint (taps, <=, 1);
  g_assert_cmpstr (shown (KIOSK (kiosk, done_wait)), ==, T ("请这边坐，我帮您联系王芳女士。",
                                                    "Please take a seat here. We are letting Ms 王芳 know you have arrived."));
  used = fd_store_find_invitation (fixture->store, code, NULL);
  g_assert_cmpint (used->state, ==, FD_INVITATION_USED);
  visit = fd_store_get_visit (fixture->store, used->visit_id, NULL);
  g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);
  g_assert_cmpstr (visit->company, ==, "Muster GmbH");

  /* Used once: the same code again says so and offers the walk-in path. */
  fd_kiosk_window_reset (kiosk);
  fd_kiosk_window_scan (kiosk, scanned);
  wait_page (kiosk, "invite");
  g_assert_true (fd_test_wait_until (is_visible, KIOSK (kiosk, invite_error), 5000));
  g_assert_cmpstr (shown (KIOSK (kiosk, invite_error)), ==,
                   T ("这个邀请码已经使用过了，请直接登记，或到前台咨询。",
                      "This invitation has already been used. Please register without it, or ask at reception."));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_walkin_button)));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "form");
}

/* An invitation for another day, and a code typed by hand that is wrong. */
static void
test_invitation_wrong_day (Fixture       *fixture,
                           gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autofree char *code = NULL;

  reg->name = g_strdup ("王五");
  reg->phone = g_strdup ("13600000000");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (fixture->store, "李娜", NULL);
  fd_store_add_invitation (fixture->store, fd_test_staff (), reg, "2099-01-01", &code, NULL);

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_button)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, invite_entry)), code);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_next_button)));
  g_assert_true (fd_test_wait_until (is_visible, KIOSK (kiosk, invite_error), 5000));
  g_assert_nonnull (strstr (shown (KIOSK (kiosk, invite_error)), "2099-01-01"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (KIOSK (kiosk, invite_walkin_button))));

  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, invite_entry)), "ABCD2345");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_next_button)));
  fd_test_ui_iterate (300);
  g_assert_cmpstr (shown (KIOSK (kiosk, invite_error)), ==,
                   T ("没有找到这个邀请码，请核对后重试，或直接登记。",
                      "We could not find this invitation code. Please check it, or register without an invitation."));
}

/* Walk-in: at most four pages from welcome to badge; belongings get the
 * REG-4 sentence; the drink reaches the visit (REC-4). */
static void
test_walk_in_four_pages (Fixture       *fixture,
                         gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdVisit) visit = NULL;

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_kiosk_fill_walk_in (kiosk, "韩梅梅", "139 1234 5678", "陈静", "笔记本电脑");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  wait_page (kiosk, "done");

  g_assert_cmpuint (fixture->pages->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (fixture->pages, 0), ==, "welcome");
  g_assert_cmpstr (g_ptr_array_index (fixture->pages, 1), ==, "form");
  g_assert_cmpstr (g_ptr_array_index (fixture->pages, 2), ==, "confirm");
  g_assert_cmpstr (g_ptr_array_index (fixture->pages, 3), ==, "done");
  g_assert_cmpstr (shown (KIOSK (kiosk, done_items)), ==,
                   T ("离开时请出示访客证，以便我们核对物品。",
                      "As you carry items, please show your visitor badge when you leave so that we can check them."));

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, drink_tea_button)));
  g_assert_cmpstr (shown (KIOSK (kiosk, drink_question)), ==, T ("好的，马上为您送来。", "We will bring it to you shortly."));
  fd_test_ui_iterate (300);
  visit = fd_store_get_visit (fixture->store, last_visit (fixture->store), NULL);
  g_assert_cmpstr (visit->items, ==, "笔记本电脑");
  g_assert_cmpstr (visit->drink, ==, "tea");
  g_assert_cmpstr (visit->purpose, ==, T ("商务洽谈", "Meeting"));
}

/* Where @widget's top left corner is in its window. */
static graphene_point_t
position (GtkWidget *widget)
{
  graphene_point_t at = GRAPHENE_POINT_INIT (0, 0);

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &at, &at));
  return at;
}

/* Taps one more button and checks that it did what it says. */
#define TAP(button, taps) (fd_test_ui_click (GTK_WIDGET (button)), (taps)++)

/* A walk-in with the mouse (or a finger) alone takes no wasted tap: every
 * tap moves the visitor on or records a choice, and the fields are typed.
 * Tried at the desk: "Next" was refused for a single exact host match
 * until the row was tapped, and the Done button jumped 39 px after the
 * drink choice, so the next tap missed it. */
static void
test_walk_in_no_wasted_tap (Fixture       *fixture,
                            gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  guint taps = 0;
  graphene_point_t done_before, done_after;

  TAP (KIOSK (kiosk, register_button), taps);
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "form");
  fd_test_ui_type (KIOSK (kiosk, name_entry), "韩梅梅");
  fd_test_ui_type (KIOSK (kiosk, phone_entry), "139 1234 5678");
  TAP (gtk_widget_get_first_child (KIOSK (kiosk, purpose_chips)), taps);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (KIOSK (kiosk, purpose_entry))), !=, "");
  fd_test_ui_type (KIOSK (kiosk, host_entry), "王芳");
  g_assert_true (fd_test_wait_until (fd_test_kiosk_has_hosts, kiosk, 3000));
  /* The single exact match is chosen without a tap on its row. */
  g_assert_nonnull (fd_test_kiosk_chosen_host (kiosk));
  TAP (KIOSK (kiosk, form_next_button), taps);
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "confirm");
  TAP (KIOSK (kiosk, confirm_yes_button), taps);
  wait_page (kiosk, "done");
  fd_test_ui_iterate (100);
  done_before = position (GTK_WIDGET (KIOSK (kiosk, done_button)));
  TAP (KIOSK (kiosk, drink_tea_button), taps);
  fd_test_ui_iterate (100);
  done_after = position (GTK_WIDGET (KIOSK (kiosk, done_button)));
  g_assert_cmpfloat (done_after.x, ==, done_before.x);
  g_assert_cmpfloat (done_after.y, ==, done_before.y);
  TAP (KIOSK (kiosk, done_button), taps);
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), !=, "done");
  /* Register, a purpose, Next, Yes, a drink, Done. */
  g_test_message ("walk-in: %u taps besides typing", taps);
  g_assert_cmpuint (taps, ==, 6);
}

/* REC-3: a visitor who does not know whom to see picks a topic and is
 * routed to that department's contact. */
static void
test_not_sure (Fixture       *fixture,
               gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  GtkWidget *first;

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, unsure_button)));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "topics");
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, topics_title)), ==,
                   T ("请问您今天想办理什么事？我可以帮您联系对应部门的同事。",
                      "What would you like to do today? We will put you in touch with the right department."));
  first = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (KIOSK (kiosk, topics_box), 0));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (first)), ==, T ("产品咨询", "Our products"));
  fd_test_ui_click (first);
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "form");
  g_assert_nonnull (fd_test_kiosk_chosen_host (kiosk));
  g_assert_cmpstr (fd_test_kiosk_chosen_host (kiosk)->department, ==, "销售部");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (KIOSK (kiosk, purpose_entry))), ==, T ("产品咨询", "Our products"));

  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "刘先生");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, phone_entry)), "13512345678");
  fd_test_ui_iterate (200);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, confirm_question)), ==,
                   T ("请问您是找销售部的张伟先生吗？", "Are you here to see Mr 张伟 of 销售部?"));
}

/* REC-5: scanning the badge checks out, says goodbye in the SOP's words,
 * reminds of belongings, and asks one question (KPI-1). */
static void
test_check_out (Fixture       *fixture,
                gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(FdVisit) after = NULL;
  gint64 id;

  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->purpose = g_strdup ("送货");
  reg->items = g_strdup ("样品两箱");
  reg->host_id = fd_test_host_id (fixture->store, "陈静", NULL);
  reg->visit_ms = fd_store_now_ms (fixture->store);
  id = fd_store_add_visit (fixture->store, reg, NULL);
  visit = fd_store_get_visit (fixture->store, id, NULL);
  fd_store_set_setting (fixture->store, "badge_return_box", "1", NULL);

  /* A badge that is not ours first. */
  fd_kiosk_window_scan (kiosk, "FD1-AAAAAAAAAAAAAAAAAAAAAAAAAA");
  g_assert_true (fd_test_wait_until (is_visible, KIOSK (kiosk, checkout_error), 5000));
  g_assert_cmpstr (shown (KIOSK (kiosk, checkout_error)), ==,
                   T ("无法识别这张访客证，请到前台办理签离。", "This badge cannot be read. Please check out at reception."));

  fd_kiosk_window_reset (kiosk);
  fd_test_ui_iterate (300);  /* the reset rereads the site's settings */
  fd_kiosk_window_scan (kiosk, visit->badge_token);
  wait_page (kiosk, "goodbye");
  g_assert_cmpstr (shown (KIOSK (kiosk, goodbye_title)), ==, T ("请慢走，欢迎下次再来！", "Goodbye, and welcome back anytime!"));
  g_assert_cmpstr (shown (KIOSK (kiosk, goodbye_items)), ==, T ("请带好您的随身物品。", "Please remember to take your belongings with you."));
  g_assert_cmpstr (shown (KIOSK (kiosk, goodbye_badge)), ==, T ("请将访客证投入归还箱。", "Please drop your visitor badge into the return box."));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, survey_good_button)));
  g_assert_cmpstr (shown (KIOSK (kiosk, survey_thanks)), ==, T ("感谢您的反馈！", "Thank you for your feedback!"));
  fd_test_ui_iterate (300);
  after = fd_store_get_visit (fixture->store, id, NULL);
  g_assert_cmpint (after->state, ==, FD_VISIT_LEFT);
  g_assert_cmpint (after->satisfaction, ==, 3);
  g_assert_cmpint (after->badge_returned_ms, >, 0);
}

/* REG-6: the explanation first; a visitor who still declines triggers an
 * alert in the staff window. */
static void
test_refusal (Fixture       *fixture,
              gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdStore) staff_store = fd_store_open (fd_store_get_path (fixture->store), NULL);
  FdStaffWindow *staff = fd_staff_window_new (NULL, staff_store, fd_test_lang (data));
  g_autoptr(GPtrArray) alerts = NULL;
  int changes = 0;

  gtk_window_present (GTK_WINDOW (staff));

  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, refuse_button)));
  g_assert_cmpstr (shown (KIOSK (kiosk, refuse_text)), ==,
                   T ("这是公司的规定，为了您和企业的安全，请理解配合。",
                      "Registration is the company's rule, for your safety and the company's. Thank you for your understanding."));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, refuse_final_button)));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "refused");

  g_signal_connect (staff, "visits-changed", G_CALLBACK (fd_test_count_cb), &changes);
  for (int i = 0; i < 50 && fd_staff_window_get_alerts (staff)->len == 0; i++)
    fd_test_ui_iterate (100);
  g_assert_cmpuint (fd_staff_window_get_alerts (staff)->len, ==, 1);
  g_assert_cmpstr (((FdAlert *) fd_staff_window_get_alerts (staff)->pdata[0])->kind, ==, "refusal");
  alerts = fd_store_list_open_alerts (fixture->store, fd_test_staff (), NULL);
  g_assert_cmpuint (alerts->len, ==, 1);
  fd_test_staff_close (staff);
}

/* Watchlist: silent to the visitor, who sees a neutral page; the badge is
 * held and the staff window alerted. */
static void
test_watchlist_hit (Fixture       *fixture,
                    gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(GPtrArray) alerts = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDir) badges = NULL;
  g_autoptr(FdSession) security = fd_test_login (fixture->store, FD_ROLE_SECURITY);

  fd_store_add_watch (fixture->store, security, "赵四", "13900001111", NULL, "前员工", NULL);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_kiosk_fill_walk_in (kiosk, "赵四", "+86 139 0000 1111", "王芳", NULL);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  wait_page (kiosk, "held");
  g_assert_cmpstr (shown (fd_test_kiosk_page_child (kiosk, "held", "message_text")), ==,
                   T ("请到前台完成登记手续。", "Please see the reception desk to complete your registration."));
  text = fd_test_ui_collect_text (fd_kiosk_window_get_page_widget (kiosk, "held"));
  g_assert_null (strstr (text, "名单"));
  g_assert_null (strstr (text, "atchlist"));

  visit = fd_store_get_visit (fixture->store, last_visit (fixture->store), NULL);
  g_assert_cmpint (visit->badge_state, ==, FD_BADGE_HELD);
  alerts = fd_store_list_open_alerts (fixture->store, fd_test_staff (), NULL);
  g_assert_cmpuint (alerts->len, ==, 1);
  g_assert_cmpstr (((FdAlert *) alerts->pdata[0])->kind, ==, "watchlist");
  fd_test_ui_iterate (300);
  badges = g_dir_open (fixture->folder, 0, NULL);
  g_assert_true (badges == NULL || g_dir_read_name (badges) == NULL);
}

static gboolean
is_sensitive (gpointer widget)
{
  return gtk_widget_get_sensitive (widget);
}

/* REG-2 and PIPL: the ID number can only be typed after the reason is
 * shown and the separate, unticked consent box is ticked. */
static void
test_id_consent (Fixture       *fixture,
                 gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdVisit) visit = NULL;

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_kiosk_fill_walk_in (kiosk, "李雷", "13812345678", "李娜", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (KIOSK (kiosk, id_revealer)));
  gtk_toggle_button_set_active (KIOSK (kiosk, id_toggle), TRUE);
  fd_test_ui_iterate (50);
  g_assert_true (gtk_revealer_get_reveal_child (KIOSK (kiosk, id_revealer)));
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, id_reason)), ==,
                   T ("为了企业安全，麻烦您提供一下身份证号，我们会保密的：加密保存，并随来访记录一同删除。",
                      "For the company's security, please give your ID number. We keep it confidential: encrypted, and deleted with your visit."));
  g_assert_false (gtk_check_button_get_active (KIOSK (kiosk, id_consent)));
  g_assert_false (is_sensitive (KIOSK (kiosk, id_entry)));

  gtk_check_button_set_active (KIOSK (kiosk, id_consent), TRUE);
  fd_test_ui_iterate (20);
  g_assert_true (is_sensitive (KIOSK (kiosk, id_entry)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, id_entry)), "110105194912310021");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "form");
  g_assert_cmpstr (shown (KIOSK (kiosk, id_error)), ==,
                   T ("身份证号校验不通过，请逐位核对。", "This ID number does not pass its check. Please check it digit by digit."));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, id_entry)), "11010519491231002X");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  wait_page (kiosk, "done");
  visit = fd_store_get_visit (fixture->store, last_visit (fixture->store), NULL);
  g_assert_cmpstr (visit->id_masked, ==, "110105********002X");
}

/* After a registration and an idle reset, no widget, entry buffer or
 * model of the kiosk holds anything of that visitor. */
static void
test_nothing_left_after_reset (Fixture       *fixture,
                               gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autofree char *text = NULL;

  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_kiosk_fill_walk_in (kiosk, "欧阳娜娜", "13798765432", "刘洋", "一把雨伞");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, company_entry)), "秘密有限公司");
  gtk_toggle_button_set_active (KIOSK (kiosk, id_toggle), TRUE);
  gtk_check_button_set_active (KIOSK (kiosk, id_consent), TRUE);
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, id_entry)), "440524188001010014");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  wait_page (kiosk, "done");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, drink_water_button)));

  /* The visitor walks away; the kiosk wipes itself after the idle time. */
  fd_kiosk_window_set_idle_seconds (kiosk, 1);
  wait_page (kiosk, "welcome");
  fd_test_ui_iterate (300);
  text = fd_test_ui_collect_text (GTK_WIDGET (kiosk));
  g_assert_null (strstr (text, "欧阳娜娜"));
  g_assert_null (strstr (text, "13798765432"));
  g_assert_null (strstr (text, "一把雨伞"));
  g_assert_null (strstr (text, "秘密有限公司"));
  g_assert_null (strstr (text, "440524"));
  g_assert_null (strstr (text, "刘洋"));
  g_assert_null (fd_test_kiosk_chosen_host (kiosk));
  g_assert_cmpuint (fd_test_kiosk_n_hosts (kiosk), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, invite_details)), ==, "");
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, done_wait)), ==, "");
  g_assert_false (gtk_check_button_get_active (KIOSK (kiosk, id_consent)));
}

/* Kiosk mode: the window cannot be closed; a staff password leaves it. */
static void
test_kiosk_mode (Fixture       *fixture,
                 gconstpointer  data)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = fd_store_login (fixture->store, "demo", "2468", NULL);

  fd_store_add_staff (fixture->store, admin, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", &error);
  g_assert_no_error (error);
  fd_kiosk_window_set_locked (kiosk, TRUE);
  fd_test_ui_iterate (200);
  g_assert_false (gtk_window_get_decorated (GTK_WINDOW (kiosk)));
  gtk_window_close (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (kiosk)));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "pin");

  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, pin_user_entry)), "wang");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, pin_entry)), "000000");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, pin_ok_button)));
  g_assert_true (fd_test_wait_until (is_visible, KIOSK (kiosk, pin_error), 10000));
  g_assert_cmpstr (shown (KIOSK (kiosk, pin_error)), ==, T ("用户名或密码不对。", "Wrong user name or password."));
  g_assert_true (fd_kiosk_window_get_locked (kiosk));

  /* The right password of a receptionist: their role may not leave
   * (kiosk_exit_roles is "security" by default). */
  gtk_widget_set_visible (GTK_WIDGET (KIOSK (kiosk, pin_error)), FALSE);
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, pin_entry)), "246810");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, pin_ok_button)));
  g_assert_true (fd_test_wait_until (is_visible, KIOSK (kiosk, pin_error), 10000));
  g_assert_cmpstr (shown (KIOSK (kiosk, pin_error)), ==, T ("您的角色不能退出自助模式。", "Your role may not leave kiosk mode."));
  g_assert_true (fd_kiosk_window_get_locked (kiosk));
  fd_kiosk_window_set_locked (kiosk, FALSE);
}

/* Every page, both languages, landscape 1280×800 and portrait 1080×1920:
 * fits, touch targets of at least 48 px, saved for people to look at. */
static void
show (Fixture    *fixture,
      const char *page)
{
  FdKioskWindow *kiosk = fixture->kiosk;
  g_autoptr(FdRegistration) reg = NULL;
  g_autofree char *today = NULL;
  g_autofree char *code = NULL;

  fd_kiosk_window_reset (kiosk);
  if (g_str_equal (page, "invite_confirm"))
    {
      reg = fd_registration_new ();
      reg->name = g_strdup ("Anna Schmidt");
      reg->phone = g_strdup ("+49 151 12345678");
      reg->company = g_strdup ("Muster GmbH");
      reg->purpose = g_strdup ("Quarterly review");
      reg->host_id = fd_test_host_id (fixture->store, "王芳", NULL);
      today = fd_store_today (fixture->store);
      fd_store_add_invitation (fixture->store, fd_test_staff (), reg, today, &code, NULL);
      fd_kiosk_window_scan (kiosk, code);
      fd_test_kiosk_show (kiosk, "invite");
      gtk_editable_set_text (GTK_EDITABLE (KIOSK (kiosk, invite_entry)), code);
      fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, invite_next_button)));
      wait_page (kiosk, "invite_confirm");
      return;
    }
  if (g_str_equal (page, "form"))
    {
      fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
      fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "Alexandra Montgomery-Fitzgerald");
      fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, host_entry)), "张伟");
      g_assert_true (fd_test_wait_until (fd_test_kiosk_has_hosts, kiosk, 3000));
      gtk_toggle_button_set_active (KIOSK (kiosk, id_toggle), TRUE);
      fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
      return;
    }
  if (g_str_equal (page, "confirm") || g_str_equal (page, "done"))
    {
      fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
      fd_test_kiosk_fill_walk_in (kiosk, "李雷", "13812345678", "张伟", "笔记本电脑");
      fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
      if (g_str_equal (page, "done"))
        {
          fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
          wait_page (kiosk, "done");
        }
      return;
    }
  if (g_str_equal (page, "goodbye"))
    {
      gint64 id = fd_test_add_visit (fixture->store, "李雷", "13812345678", fd_test_host_id (fixture->store, "陈静", NULL));
      g_autoptr(FdVisit) visit = fd_store_get_visit (fixture->store, id, NULL);

      fd_kiosk_window_scan (kiosk, visit->badge_token);
      wait_page (kiosk, "goodbye");
      return;
    }
  fd_test_kiosk_show (kiosk, page);
}

static void
test_every_page (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const pages[] = {
    "welcome", "form", "confirm", "done", "invite", "invite_confirm", "topics",
    "refuse", "refused", "held", "checkout", "goodbye", "pin",
  };
  static const struct { const char *name; int width, height; } screens[] = {
    { "landscape", 1280, 800 }, { "portrait", 1080, 1920 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (screens); s++)
    {
      /* A new size applies when the window is shown again. */
      gtk_widget_set_visible (GTK_WIDGET (fixture->kiosk), FALSE);
      gtk_window_set_default_size (GTK_WINDOW (fixture->kiosk), screens[s].width, screens[s].height);
      gtk_window_present (GTK_WINDOW (fixture->kiosk));
      fd_test_ui_iterate (300);
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          g_autofree char *name = g_strdup_printf ("journey-%s-%s-%s", screens[s].name, pages[i],
                                                   fd_lang_code (fd_test_lang (data)));

          show (fixture, pages[i]);
          g_assert_cmpstr (fd_kiosk_window_get_page (fixture->kiosk), ==, pages[i]);
          fd_test_ui_iterate (100);
          fd_test_ui_screenshot (GTK_WIDGET (fixture->kiosk), name);
          fd_test_ui_assert_fits (GTK_WIDGET (fixture->kiosk), screens[s].width, screens[s].height);
          fd_test_ui_assert_touch_targets (GTK_WIDGET (fixture->kiosk), 48);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "invitation", test_invitation },
    { "invitation-wrong-day", test_invitation_wrong_day },
    { "walk-in-four-pages", test_walk_in_four_pages },
    { "walk-in-no-wasted-tap", test_walk_in_no_wasted_tap },
    { "rec-3-not-sure", test_not_sure },
    { "rec-5-check-out", test_check_out },
    { "reg-6-refusal", test_refusal },
    { "watchlist-hit", test_watchlist_hit },
    { "reg-2-id-consent", test_id_consent },
    { "nothing-left-after-reset", test_nothing_left_after_reset },
    { "kiosk-mode", test_kiosk_mode },
    { "every-page-fits", test_every_page },
  };

  gtk_test_init (&argc, &argv, NULL);
  /* Page transitions take no time, so screenshots need no waiting. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  for (FdLang lang = FD_LANG_ZH; lang <= FD_LANG_EN; lang++)
    for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
      {
        g_autofree char *path = g_strdup_printf ("/journey/%s/%s", fd_lang_code (lang), tests[i].path);

        g_test_add (path, Fixture, GINT_TO_POINTER (lang), fixture_set_up, tests[i].func, fixture_tear_down);
      }

  return g_test_run ();
}
