package vn.gov.commune.engine;

/**
 * A process whose instances keep only their own history (start, end, business key), their job log
 * and their incidents, not their activities nor their variables: for short technical instances
 * whose path never varies and whose data is kept elsewhere. A module declares its own as a bean;
 * {@link HistoryWithoutVariableUpdates} applies them.
 */
public record InstanceOnlyHistory(String processDefinitionKey) {}
