package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.TargetProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Named target profiles. A profile's targets are checked like a plan's: known groups, each between 0
 * and 100, adding up to 100.
 */
public interface TargetProfilesUseCase {

    List<TargetProfile> list();

    /** @throws NotFoundException when there is no profile {@code id} */
    TargetProfile get(long id);

    /** @throws InvalidCommandException for a blank or taken name or invalid targets */
    TargetProfile create(String name, Map<String, BigDecimal> targets);

    /**
     * @throws NotFoundException       when there is no profile {@code id}
     * @throws InvalidCommandException for a blank or taken name or invalid targets
     */
    TargetProfile update(long id, String name, Map<String, BigDecimal> targets);

    /** @throws NotFoundException when there is no profile {@code id} */
    void delete(long id);
}
