import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Booth } from '../modules/booths/booth.entity.js';
import { BoothVisit } from '../modules/booths/booth-visit.entity.js';
import { Expo } from '../modules/expos/expo.entity.js';
import { ExpoZone } from '../modules/expos/expo-zone.entity.js';
import { IntentSignature, IntentVersion } from '../modules/intents/intent.entity.js';
import { Invitation } from '../modules/organizations/invitation.entity.js';
import { Listing } from '../modules/listings/listing.entity.js';
import { MatchFeedback } from '../modules/matching/match-feedback.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { MeetingRequest } from '../modules/meetings/meeting-request.entity.js';
import { Message, Room, RoomListing, RoomParty, RoomRead } from '../modules/rooms/room.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Upload } from '../modules/uploads/upload.entity.js';
import { User } from '../modules/users/user.entity.js';

export const ENTITIES = [Organization, User, Session, Invitation, Expo, ExpoZone, Booth, BoothVisit, Upload, Listing, Room, RoomParty, RoomListing, Message, RoomRead, IntentVersion, IntentSignature, MeetingRequest, AuditLog, MatchFeedback];
