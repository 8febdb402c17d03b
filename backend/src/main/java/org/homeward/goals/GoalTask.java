package org.homeward.goals;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A task that moves a goal on. */
@MappedEntity("goal_tasks")
record GoalTask(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("goal_id") String goalId, @MappedProperty("task_id") String taskId) {
    }

    static GoalTask of(String goalId, String taskId) {
        return new GoalTask(new Key(goalId, taskId));
    }
}
