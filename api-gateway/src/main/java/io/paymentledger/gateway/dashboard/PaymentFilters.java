package io.paymentledger.gateway.dashboard;

/** The payments list's form, bound from the query string; every field is optional. */
public class PaymentFilters {

    private String q;
    private String page;
    private String status;
    private String currency;
    private String created_from;
    private String created_to;
    private String metadata_key;
    private String metadata_value;
    private String starting_after;
    private String ending_before;

    /** A search query replaces the filters (the search syntax can say all they say, and amounts too). */
    public boolean searching() {
        return q != null && !q.isBlank();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getCreated_from() { return created_from; }
    public void setCreated_from(String createdFrom) { this.created_from = createdFrom; }
    public String getCreated_to() { return created_to; }
    public void setCreated_to(String createdTo) { this.created_to = createdTo; }
    public String getMetadata_key() { return metadata_key; }
    public void setMetadata_key(String metadataKey) { this.metadata_key = metadataKey; }
    public String getMetadata_value() { return metadata_value; }
    public void setMetadata_value(String metadataValue) { this.metadata_value = metadataValue; }
    public String getStarting_after() { return starting_after; }
    public void setStarting_after(String startingAfter) { this.starting_after = startingAfter; }
    public String getEnding_before() { return ending_before; }
    public void setEnding_before(String endingBefore) { this.ending_before = endingBefore; }
}
