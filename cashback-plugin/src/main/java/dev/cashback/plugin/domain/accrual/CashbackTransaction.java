package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.donation.Donation;
import dev.cashback.plugin.domain.review.ReviewFinding;
import dev.cashback.plugin.domain.review.ReviewReason;
import dev.cashback.plugin.domain.review.ReviewState;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Cashback granted on one purchased item (or, with line number 0, on a whole order), by a rule or
 * from elsewhere ({@link CashbackSource}: a network's conversion, an approved claim, a referral
 * bonus), with the reference its source has. It keeps a snapshot of everything it was computed
 * from: the rule (or the terms standing for one) and its version, the base, the rate or fixed
 * amount and the buyer and product as they were, so later edits elsewhere never change it.
 * (purchase id, line number, rule) is unique, a missing rule counting as one: a purchase is
 * credited at most once per line and rule, and once per line from elsewhere. Reversals only ever
 * add to {@code reversedAmount}, never beyond the grant; what the learner donates of it is a {@link
 * Donation}.
 */
@Entity
@Table(name = "cb_transaction")
public class CashbackTransaction {

  /** Line number of a cashback granted once on the whole order rather than per item. */
  public static final int WHOLE_ORDER = 0;

  @Id
  @SequenceGenerator(
      name = "cb_transaction_seq",
      sequenceName = "cb_transaction_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_transaction_seq")
  private Long id;

  @Column(name = "purchase_id", nullable = false, length = 100)
  private String purchaseId;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(name = "user_name", nullable = false, length = 200)
  private String userName;

  @Column(name = "user_image", length = 500)
  private String userImage;

  @Column(name = "item_type", length = 16)
  private String itemType;

  @Column(name = "target_id", length = 100)
  private String targetId;

  @Column(name = "product_title", nullable = false, length = 300)
  private String productTitle;

  @Column(name = "product_image", length = 500)
  private String productImage;

  @Column(name = "category_id", length = 100)
  private String categoryId;

  @Column(name = "instructor_id", length = 100)
  private String instructorId;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "purchase_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal purchaseAmount;

  @Column(name = "base_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal baseAmount;

  @Column(name = "cashback_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal cashbackAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  /** Where this cashback comes from; with the one reference below that the source has. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CashbackSource source = CashbackSource.RULE;

  /** The rule that granted it; none for cashback from elsewhere. */
  @Column(name = "rule_id")
  private Long ruleId;

  /** The network of a conversion or an approved missing-cashback claim. */
  @Column(name = "network_id")
  private Long networkId;

  /** The referral (by its referee's user id) of a referral bonus. */
  @Column(name = "referral_id", length = 100)
  private String referralId;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Column(name = "rule_title", nullable = false, length = 200)
  private String ruleTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "amount_type", nullable = false, length = 16)
  private AmountType amountType;

  /** The rule's percentage, or its fixed amount per unit, as it was when granted. */
  @Column(name = "rule_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal ruleAmount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CashbackStatus status = CashbackStatus.PENDING;

  @Column(name = "purchased_at", nullable = false)
  private OffsetDateTime purchasedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** When pending cashback becomes eligible for confirmation. */
  @Column(name = "confirm_after", nullable = false)
  private OffsetDateTime confirmAfter;

  /** When the host's refund window closes, if that confirms this cashback before its hold ends. */
  @Column(name = "refund_window_ends_at")
  private OffsetDateTime refundWindowEndsAt;

  /** The percentage of its course the learner completes that confirms it (none: not progress). */
  @Column(name = "confirm_at_progress")
  private Integer confirmAtProgress;

  /** Whether it was sent to review and where the review stands (none: never sent). */
  @Enumerated(EnumType.STRING)
  @Column(name = "review_state", length = 16)
  private ReviewState reviewState;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_reason", length = 32)
  private ReviewReason reviewReason;

  @Column(name = "review_detail", length = 300)
  private String reviewDetail;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  /** The admin's reason for declining. */
  @Column(name = "review_note", length = 500)
  private String reviewNote;

  /** Cashback taken back so far by refunds and admin reversals. */
  @Column(name = "reversed_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal reversedAmount = BigDecimal.ZERO;

  /** How much of {@code purchaseAmount} the host has refunded so far. */
  @Column(name = "refunded_purchase_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal refundedPurchaseAmount = BigDecimal.ZERO;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  /** The shop click a network conversion came from; none for purchases in the host. */
  @Column(name = "click_id", length = 40)
  private String clickId;

  /** The share (0-100 %) the learner donates, as chosen when this cashback was granted. */
  @Column(name = "donation_share", nullable = false, precision = 7, scale = 4)
  private BigDecimal donationShare = BigDecimal.ZERO;

  /** What was confirmed (granted less what was declined before); reversals after count from it. */
  @Column(name = "confirmed_amount", precision = 19, scale = 4)
  private BigDecimal confirmedAmount;

  /** What went to the cause at confirmation. */
  @Column(name = "donated_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal donatedAmount = BigDecimal.ZERO;

  /** What reversals took back from the cause. */
  @Column(name = "donation_reversed", nullable = false, precision = 19, scale = 4)
  private BigDecimal donationReversed = BigDecimal.ZERO;

  /** When nothing was left to confirm or reverse. */
  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected CashbackTransaction() {}

  /** Records the shop click this cashback came from, so the click reads as converted. */
  public void cameFromClick(String clickId) {
    this.clickId = clickId;
  }

  public String getClickId() {
    return clickId;
  }

  /** The cashback still standing: granted less reversed. */
  public Money outstanding() {
    return Money.of(cashbackAmount.subtract(reversedAmount), currency);
  }

  /** Pending becomes confirmed: its outstanding cashback moves to the available balance. */
  public Money confirm(OffsetDateTime now) {
    moveTo(CashbackStatus.CONFIRMED);
    confirmedAt = now;
    confirmedAmount = cashbackAmount.subtract(reversedAmount);
    return outstanding();
  }

  /** Records the share of this cashback its learner donates; only while it is pending. */
  public void donate(BigDecimal sharePercent) {
    if (status != CashbackStatus.PENDING || confirmedAt != null) {
      throw new IllegalStateException("Only pending cashback takes a donation share.");
    }
    keep(donation().withShare(sharePercent));
  }

  /**
   * The donated part of {@code confirmed} (the share, rounded down to the minor unit), recorded as
   * donated; the rest is the learner's.
   */
  public Money donateOnConfirmation(Money confirmed) {
    Donation donation = donation().onConfirmation(confirmed);
    keep(donation);
    return donation.donated();
  }

  /**
   * The part of a reversal of {@code reversed} (already applied) that comes back from the cause, by
   * {@link Donation#dueBack}: counted on all reversed since confirmation, so a full reversal
   * returns exactly what was donated.
   */
  public Money reverseDonation(Money reversed) {
    if (confirmedAmount == null) {
      return Money.zero(cashback().currency());
    }
    Money reversedSince =
        Money.of(reversedAmount.subtract(cashbackAmount.subtract(confirmedAmount)), currency);
    Donation donation = donation();
    Money part = donation.dueBack(Money.of(confirmedAmount, currency), reversedSince);
    keep(donation.givenBack(part));
    return part;
  }

  /** What this cashback is expected to donate: the share of what is outstanding. */
  public Money expectedDonation() {
    return donation().expected(outstanding(), status == CashbackStatus.PENDING);
  }

  /** The donation as recorded in this cashback's columns. */
  public Donation donation() {
    return new Donation(
        donationShare, Money.of(donatedAmount, currency), Money.of(donationReversed, currency));
  }

  private void keep(Donation donation) {
    donationShare = donation.sharePercent();
    donatedAmount = donation.donated().amount();
    donationReversed = donation.returned().amount();
  }

  /**
   * The host refunded {@code refunded} more of this line's price. Returns the cashback to reverse
   * now: the grant times the share of the price refunded so far, rounded down, less what was
   * already reversed. Computed from the amounts recorded at accrual, never from today's rules; a
   * full refund reverses exactly the grant.
   */
  public Money refundPurchase(Money refunded, OffsetDateTime now) {
    BigDecimal price = purchaseAmount;
    BigDecimal refundedSoFar = refundedPurchaseAmount.add(refunded.amount()).min(price);
    refundedPurchaseAmount = refundedSoFar;
    Money target =
        refundedSoFar.compareTo(price) == 0 || price.signum() == 0
            ? cashback()
            : cashback().proportion(refundedSoFar, price).roundDownToMinorUnit();
    Money due = target.minus(Money.of(reversedAmount, currency));
    if (!due.isPositive()) {
      return Money.zero(cashback().currency());
    }
    return reverse(due.min(outstanding()), now);
  }

  /** An admin takes back {@code amount} of this cashback; never more than is outstanding. */
  public Money reverseCashback(Money amount, OffsetDateTime now) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("The amount to refund must be more than zero.");
    }
    if (amount.compareTo(outstanding()) > 0) {
      throw new IllegalArgumentException(
          "At most " + outstanding() + " of this cashback is left to refund.");
    }
    return reverse(amount, now);
  }

  private Money reverse(Money amount, OffsetDateTime now) {
    if (status == CashbackStatus.DECLINED) {
      return Money.zero(cashback().currency());
    }
    reversedAmount = reversedAmount.add(amount.amount());
    boolean nothingLeft = reversedAmount.compareTo(cashbackAmount) == 0;
    if (status.isHeld()) {
      moveTo(nothingLeft ? CashbackStatus.DECLINED : CashbackStatus.PENDING);
    } else {
      moveTo(CashbackStatus.REVERSED);
    }
    if (nothingLeft) {
      closedAt = now;
    }
    return amount;
  }

  private void moveTo(CashbackStatus target) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException("A " + status + " cashback cannot become " + target);
    }
    status = target;
  }

  /**
   * A pending cashback for {@code accrual} on {@code purchase} by its rule, held until {@code
   * confirmAfter}.
   */
  public static CashbackTransaction pending(
      PurchaseFacts purchase, Accrual accrual, OffsetDateTime now, OffsetDateTime confirmAfter) {
    return pending(
        purchase, accrual, CashbackOrigin.rule(accrual.rule().getId()), now, confirmAfter);
  }

  /**
   * A pending cashback for {@code accrual} on {@code purchase} from {@code origin}, held until
   * {@code confirmAfter}. For cashback from elsewhere than a rule, the accrual's rule is the terms
   * it was granted on (title, amount type and amount), recorded as its snapshot.
   */
  public static CashbackTransaction pending(
      PurchaseFacts purchase,
      Accrual accrual,
      CashbackOrigin origin,
      OffsetDateTime now,
      OffsetDateTime confirmAfter) {
    CashbackTransaction tx = new CashbackTransaction();
    tx.source = origin.source();
    tx.ruleId = origin.ruleId();
    tx.networkId = origin.networkId();
    tx.referralId = origin.referralId();
    tx.purchaseId = purchase.purchaseId();
    tx.userId = purchase.userId();
    tx.userName = purchase.userName();
    tx.userImage = purchase.userImage();
    PurchaseLine line = accrual.line();
    tx.lineNo = accrual.lineNo();
    if (line == null) {
      tx.productTitle = purchase.lines().size() == 1 ? purchase.lines().get(0).title() : "Order";
      tx.purchaseAmount = purchase.total().amount();
      if (purchase.lines().size() == 1) {
        tx.copyProduct(purchase.lines().get(0));
      }
    } else {
      tx.productTitle = line.title();
      tx.copyProduct(line);
      tx.purchaseAmount = line.paid().amount();
    }
    tx.description = accrual.rule().getTitle();
    tx.baseAmount = accrual.base().amount();
    tx.cashbackAmount = accrual.cashback().amount();
    tx.currency = accrual.cashback().currencyCode();
    tx.ruleVersion = accrual.rule().getRuleVersion();
    tx.ruleTitle = accrual.rule().getTitle();
    tx.amountType = accrual.rule().getAmountType();
    tx.ruleAmount = accrual.rule().amountIn(tx.currency);
    tx.purchasedAt = purchase.occurredAt();
    tx.createdAt = now;
    tx.confirmAfter = confirmAfter;
    return tx;
  }

  /**
   * Holds this new cashback by {@code terms}: confirmed at their date, or earlier once its course's
   * progress reaches theirs.
   */
  public CashbackTransaction awaiting(ConfirmationTerms terms) {
    confirmAfter = terms.confirmAfter();
    refundWindowEndsAt = terms.windowDecides() ? terms.refundWindowEndsAt() : null;
    confirmAtProgress = terms.atProgress();
    return this;
  }

  /** Holds this new cashback for an admin's review: it is not confirmed until approved. */
  public void holdForReview(ReviewFinding finding) {
    reviewState = ReviewState.WAITING;
    reviewReason = finding.reason();
    reviewDetail = finding.detail();
  }

  /** Whether it waits for an admin's review (and so is confirmed by nothing else). */
  public boolean isAwaitingReview() {
    return reviewState == ReviewState.WAITING && status == CashbackStatus.PENDING;
  }

  /**
   * Records the admin's decision on a cashback waiting for review; a decision is taken once.
   *
   * @throws IllegalStateException when it is not waiting for review (decided before, or no longer
   *     pending)
   */
  public void decideReview(boolean approved, String admin, String note, OffsetDateTime now) {
    if (!isAwaitingReview()) {
      throw new IllegalStateException("This cashback is not waiting for review.");
    }
    reviewState = approved ? ReviewState.APPROVED : ReviewState.DECLINED;
    reviewedBy = admin;
    reviewedAt = now;
    reviewNote = note;
  }

  public ReviewState getReviewState() {
    return reviewState;
  }

  public ReviewReason getReviewReason() {
    return reviewReason;
  }

  public String getReviewDetail() {
    return reviewDetail;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public OffsetDateTime getRefundWindowEndsAt() {
    return refundWindowEndsAt;
  }

  public Integer getConfirmAtProgress() {
    return confirmAtProgress;
  }

  private void copyProduct(PurchaseLine line) {
    itemType = line.itemType();
    targetId = line.targetId();
    productImage = line.imageUrl();
    categoryId = line.categoryId();
    instructorId = line.instructorId();
  }

  public Money cashback() {
    return Money.of(cashbackAmount, currency);
  }

  public BigDecimal getReversedAmount() {
    return reversedAmount;
  }

  public BigDecimal getRefundedPurchaseAmount() {
    return refundedPurchaseAmount;
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public String getCategoryId() {
    return categoryId;
  }

  public Money purchaseAmount() {
    return Money.of(purchaseAmount, currency);
  }

  public Long getId() {
    return id;
  }

  public String getPurchaseId() {
    return purchaseId;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserName() {
    return userName;
  }

  public String getUserImage() {
    return userImage;
  }

  public String getItemType() {
    return itemType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getProductTitle() {
    return productTitle;
  }

  public String getProductImage() {
    return productImage;
  }

  public String getInstructorId() {
    return instructorId;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getPurchaseAmount() {
    return purchaseAmount;
  }

  public BigDecimal getBaseAmount() {
    return baseAmount;
  }

  public BigDecimal getCashbackAmount() {
    return cashbackAmount;
  }

  public String getCurrency() {
    return currency;
  }

  /** The rule that granted this cashback, or null when it comes from elsewhere. */
  public Long getRuleId() {
    return ruleId;
  }

  public CashbackSource getSource() {
    return source;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public String getReferralId() {
    return referralId;
  }

  /** Where this cashback comes from. */
  public CashbackOrigin origin() {
    return new CashbackOrigin(source, ruleId, networkId, referralId);
  }

  public int getRuleVersion() {
    return ruleVersion;
  }

  public String getRuleTitle() {
    return ruleTitle;
  }

  public AmountType getAmountType() {
    return amountType;
  }

  public BigDecimal getRuleAmount() {
    return ruleAmount;
  }

  public CashbackStatus getStatus() {
    return status;
  }

  public OffsetDateTime getPurchasedAt() {
    return purchasedAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getConfirmAfter() {
    return confirmAfter;
  }
}
