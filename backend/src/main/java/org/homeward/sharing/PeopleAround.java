package org.homeward.sharing;

import java.util.List;

/** The people currently working with a participant; the case-load side knows them. */
public interface PeopleAround {

    List<Supporter> of(String participantId);
}
