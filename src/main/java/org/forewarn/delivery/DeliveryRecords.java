package org.forewarn.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRecords extends ListCrudRepository<Delivery, UUID> {

    Optional<Delivery> findByWarningIdAndChannelType(UUID warningId, ChannelType channelType);

    List<Delivery> findByWarningIdOrderByCreatedAt(UUID warningId);
}
