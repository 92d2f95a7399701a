package io.cakesync.cakewalk;

import java.util.List;

/**
 * {@code AddUsersToGroupRequestModelV1}. The schema has {@code additionalProperties: false}, so this
 * record must carry exactly these three fields and nothing else.
 */
record AddUsersBody(List<String> userIds, String triggeredByUserId, boolean implicitlyApproveRequests) {}
